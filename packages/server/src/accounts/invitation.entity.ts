import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { AffiliationRole } from './account.enums.js';
import { User } from './user.entity.js';

/** Staff invite a person to represent an organisation; the secret token travels by the link. */
@ObjectType({ description: 'An invitation to join an organisation (staff view).' })
@Entity({ tableName: 'invitation' })
export class Invitation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Organisation, { description: 'The organisation the person is invited to.' })
  @ManyToOne(() => Organisation, { ref: false })
  organisation!: Organisation;

  @Field(() => String, { description: 'Whom the invitation was sent to.' })
  @Property({ type: 'text' })
  email!: string;

  @Field(() => AffiliationRole, { description: 'The role the person will have.' })
  @Enum({ items: () => AffiliationRole })
  role!: AffiliationRole;

  /** SHA-256 of the token; the token itself is shown once to staff and never stored. */
  @Property({ type: 'blob', hidden: true })
  tokenHash!: Buffer;

  @ManyToOne(() => User, { ref: false, nullable: true })
  invitedBy?: User | null;

  @Field(() => Date, { description: 'When it was made.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'After this it can no longer be accepted.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted.' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @ManyToOne(() => User, { ref: false, nullable: true })
  acceptedBy?: User | null;

  @Field(() => Date, { nullable: true, description: 'When staff revoked it.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  isOpen(now = new Date()): boolean {
    return !this.acceptedAt && !this.revokedAt && this.expiresAt > now;
  }
}

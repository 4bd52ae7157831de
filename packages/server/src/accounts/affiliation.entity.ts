import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { AffiliationRole } from './account.enums.js';
import { User } from './user.entity.js';

/** A person's tie to an organisation: representatives act on its behalf. */
@ObjectType({ description: "A person's tie to an organisation." })
@Entity({ tableName: 'affiliation' })
@Unique({ properties: ['user', 'organisation'] })
export class Affiliation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // Rel<>: its decorator metadata names no class, so loading user.entity.ts first (which imports
  // this module back) does not read `User` before it exists.
  @ManyToOne(() => User, { ref: false, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => Organisation, { description: 'The organisation.' })
  @ManyToOne(() => Organisation, { ref: false, deleteRule: 'cascade' })
  organisation!: Organisation;

  @Field(() => AffiliationRole, { description: 'Representative or member.' })
  @Enum({ items: () => AffiliationRole })
  role!: AffiliationRole;

  @Field(() => String, { nullable: true, description: 'Position in the organisation, e.g. "pirmininkė".' })
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { JSON } from '../common/scalars.js';

/** Who changed what, and when: written in the same transaction as the change itself. */
@ObjectType({ description: 'A recorded change (staff only).' })
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  @Field(() => ID, { description: 'Sequence number.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => User, { ref: false, nullable: true })
  actor?: User | null;

  @Field(() => String, { description: 'What was done, e.g. `organisation.update`.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { description: 'Kind of record changed, e.g. `organisation`.' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field(() => ID, { description: 'Identifier of the changed record.' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => JSON, { description: 'The changed fields: `{ field: { from, to } }`, or details of the action.' })
  @Property({ type: 'json' })
  changes: Record<string, unknown> & Opt = {};

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

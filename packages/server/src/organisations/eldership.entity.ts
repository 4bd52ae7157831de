import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A seniūnija: one of the municipality's elderships, where local organisations act. */
@ObjectType({ description: 'An eldership (seniūnija) of the municipality.' })
@Entity({ tableName: 'eldership' })
export class Eldership {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short code used in URLs and filters, e.g. `vievio`.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Its Lithuanian name, e.g. "Vievio seniūnija".' })
  @Property({ type: 'text' })
  name!: string;
}

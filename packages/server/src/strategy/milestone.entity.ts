import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';

/** A dated event of the LAG's history, shown on the home page. */
@ObjectType({ description: 'A milestone of the LAG’s history.' })
@Entity({ tableName: 'milestone' })
export class Milestone {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => LocalDate, { description: 'When it happened.' })
  @Property({ type: 'date' })
  occurredOn!: string;

  /** Texts a client reads in a language of its choice: strategy-texts.resolver.ts. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;
}

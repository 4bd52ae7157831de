import { randomUUID } from 'node:crypto';
import { BigIntType, Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';

/** The Local Development Strategy (Vietos plėtros strategija). */
@ObjectType({ description: 'The Local Development Strategy of the LAG.' })
@Entity({ tableName: 'strategy' })
export class Strategy {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Texts a client reads in a language of its choice: strategy-texts.resolver.ts. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Field(() => LocalDate, { description: 'First day of the programming period.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Last day of the programming period.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'text' })
  vision!: string;

  @Property({ type: 'text', nullable: true })
  visionEn?: string | null;

  @Property({ type: 'text' })
  mission!: string;

  @Property({ type: 'text', nullable: true })
  missionEn?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => [StrategyPriority], { description: 'Priorities (the LAG’s goals), in order.' })
  @OneToMany(() => StrategyPriority, (priority) => priority.strategy, { orderBy: { position: 'asc' } })
  priorities = new Collection<StrategyPriority>(this);

  @Field(() => [Measure], { description: 'Measures with their budgets, by code.' })
  @OneToMany(() => Measure, (measure) => measure.strategy, { orderBy: { code: 'asc' } })
  measures = new Collection<Measure>(this);
}

@ObjectType({ description: 'A priority (goal) of the strategy.' })
@Entity({ tableName: 'strategy_priority' })
export class StrategyPriority {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Strategy, { ref: false })
  strategy!: Strategy;

  @Field(() => Int, { description: 'Order within the strategy, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

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

@ObjectType({ description: 'A measure of the strategy that initiatives are funded under.' })
@Entity({ tableName: 'measure' })
export class Measure {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Strategy, { ref: false })
  strategy!: Strategy;

  @ManyToOne(() => StrategyPriority, { ref: false, nullable: true })
  priority?: StrategyPriority | null;

  @Field(() => String, { description: 'Code, e.g. `VPS-1.1`.' })
  @Property({ type: 'text' })
  code!: string;

  /** Texts a client reads in a language of its choice: strategy-texts.resolver.ts. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Field(() => Float, { description: 'Budget in euro cents.' })
  @Property({ type: new BigIntType('number') })
  budgetCents!: number;
}

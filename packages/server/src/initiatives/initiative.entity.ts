import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { InitiativeStatus } from './initiative.enums.js';

/**
 * A rural-development initiative. Only what other features show of one is mapped so far
 * (partnerships link to initiatives); the initiatives feature adds its lifecycle.
 */
@ObjectType({ description: 'A rural-development initiative proposed by an organisation.' })
@Entity({ tableName: 'initiative' })
export class Initiative extends BaseEntity {
  @Field(() => String, { description: 'URL name, unique.' })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'One-paragraph summary.' })
  @Property({ type: 'text' })
  summary: string & Opt = '';

  @Field(() => InitiativeStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => InitiativeStatus })
  status: InitiativeStatus & Opt = InitiativeStatus.DRAFT;

  @ManyToOne(() => Organisation, { ref: false })
  leadOrganisation!: Organisation;
}

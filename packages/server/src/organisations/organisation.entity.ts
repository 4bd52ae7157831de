import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalDate } from '../common/scalars.js';
import { Eldership } from './eldership.entity.js';
import { Membership, OrganisationKind, Scope, Sector } from './organisation.enums.js';

/** A body in the LAG's world: a member, an applicant, a partner or a former member. */
@ObjectType({ description: 'An organisation: NGO, business or public body.' })
@Entity({ tableName: 'organisation' })
export class Organisation extends BaseEntity {
  @Field(() => String, { description: 'URL name, unique, e.g. `pastrevio-kaimo-bendruomene`.' })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Code in the Register of Legal Entities.' })
  @Property({ type: 'text', nullable: true })
  legalCode?: string | null;

  @Field(() => Sector, { description: 'LEADER sector.' })
  @Enum({ items: () => Sector })
  sector!: Sector;

  @Field(() => OrganisationKind, { description: 'Kind of body.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => Scope, { description: 'Where it acts.' })
  @Enum({ items: () => Scope })
  scope!: Scope;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  @Property({ type: 'text' })
  country: string & Opt = 'LT';

  @Field(() => Eldership, { nullable: true, description: 'Eldership of a local organisation.' })
  @ManyToOne(() => Eldership, { nullable: true, ref: false })
  eldership?: Eldership | null;

  @Field(() => Membership, { description: 'Relation to the LAG.' })
  @Enum({ items: () => Membership })
  membership!: Membership;

  @Field(() => LocalDate, { nullable: true, description: 'Since when the current membership status holds.' })
  @Property({ type: 'date', nullable: true })
  memberSince?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Until when it held (former members).' })
  @Property({ type: 'date', nullable: true })
  memberUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact e-mail.' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an http(s) URL.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  /** Read in a language of the client's choice: `description` in organisation.resolver.ts. */
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Field(() => String, {
    nullable: true,
    description: 'What the organisation does, in English, where it says so (its profile form edits it).',
  })
  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it was founded.' })
  @Property({ type: 'date', nullable: true })
  foundedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it was registered.' })
  @Property({ type: 'date', nullable: true })
  registeredOn?: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}

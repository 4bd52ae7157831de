import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { LocalDate } from '../common/scalars.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Scope } from '../organisations/organisation.enums.js';
import { ActivityKind, PartnershipKind, PartnershipStatus, PartyRole } from './partnership.enums.js';

/**
 * Cooperation of the LAG with other bodies. The public sees the overview fields; internal
 * notes, activities and contacts are resolved for staff only (partnership.resolver.ts).
 */
@ObjectType({ description: 'A cooperation of the LAG with other bodies.' })
@Entity({ tableName: 'partnership' })
export class Partnership extends BaseEntity {
  @Field(() => String, { description: 'URL name, unique.' })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => PartnershipKind, { description: 'Kind of cooperation.' })
  @Enum({ items: () => PartnershipKind })
  kind!: PartnershipKind;

  @Field(() => Scope, { description: 'Local, national or international.' })
  @Enum({ items: () => Scope })
  scope!: Scope;

  @Field(() => PartnershipStatus, { description: 'Where it stands.' })
  @Enum({ items: () => PartnershipStatus })
  status!: PartnershipStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When it started.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it ended or ends.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @ManyToOne(() => User, { ref: false, nullable: true })
  owner?: User | null;

  /** Staff only (resolver). */
  @Property({ type: 'date', nullable: true })
  nextFollowUpOn?: string | null;

  @Field(() => String, { description: 'What the cooperation is about, for everyone.' })
  @Property({ type: 'text' })
  publicDescription: string & Opt = '';

  /** Staff only (resolver). */
  @Property({ type: 'text' })
  internalNotes: string & Opt = '';

  @Property({ type: 'datetime' })
  lastActivityAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @OneToMany(() => PartnershipParty, (party) => party.partnership, { orphanRemoval: true })
  parties = new Collection<PartnershipParty>(this);

  @OneToMany(() => PartnershipActivity, (activity) => activity.partnership)
  activities = new Collection<PartnershipActivity>(this);

  @OneToMany(() => PartnershipContact, (contact) => contact.partnership, { orphanRemoval: true })
  contacts = new Collection<PartnershipContact>(this);

  @ManyToMany(() => Initiative, undefined, {
    pivotTable: 'partnership_initiative',
    joinColumn: 'partnership_id',
    inverseJoinColumn: 'initiative_id',
  })
  initiatives = new Collection<Initiative>(this);
}

@ObjectType({ description: 'An organisation taking part in a partnership.' })
@Entity({ tableName: 'partnership_party' })
export class PartnershipParty {
  [PrimaryKeyProp]?: ['partnership', 'organisation'];

  @ManyToOne(() => Partnership, { primary: true, ref: false, deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => Organisation, { description: 'The organisation.' })
  @ManyToOne(() => Organisation, { primary: true, ref: false })
  organisation!: Organisation;

  @Field(() => PartyRole, { description: 'Its part in the partnership.' })
  @Enum({ items: () => PartyRole })
  role!: PartyRole;
}

@ObjectType({ description: 'Something that happened with a partner (staff only).' })
@Entity({ tableName: 'partnership_activity' })
export class PartnershipActivity {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: false, deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => ActivityKind, { description: 'Meeting, call, letter, agreement signed or note.' })
  @Enum({ items: () => ActivityKind })
  kind!: ActivityKind;

  @Field(() => LocalDate, { description: 'When it happened.' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => String, { description: 'What happened and what was agreed.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'Who took part.' })
  @Property({ type: 'text' })
  peoplePresent: string & Opt = '';

  @ManyToOne(() => User, { ref: false, nullable: true })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When it was written down.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When it was last edited.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

@ObjectType({ description: 'A contact person of a partnership (staff only).' })
@Entity({ tableName: 'partnership_contact' })
export class PartnershipContact {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: false, deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => Organisation, { nullable: true, description: 'The organisation the person works for.' })
  @ManyToOne(() => Organisation, { ref: false, nullable: true })
  organisation?: Organisation | null;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position.' })
  @Property({ type: 'text', nullable: true })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;
}

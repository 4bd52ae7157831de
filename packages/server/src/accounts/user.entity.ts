import { Collection, Entity, Enum, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Locale, PlatformRole } from './account.enums.js';
import { Affiliation } from './affiliation.entity.js';

/**
 * A person with an account. Only the person and staff see the account itself (`User`);
 * everyone else sees the public `Person` view of it.
 */
@ObjectType({ description: 'A signed-in account: seen by the person and by staff.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Field(() => String, { description: 'Sign-in e-mail address.' })
  @Property({ type: 'text', unique: true })
  email!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id hash; never exposed. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => PlatformRole, { description: 'Platform role.' })
  @Enum({ items: () => PlatformRole })
  role: PlatformRole & Opt = PlatformRole.USER;

  @Field(() => Locale, { description: 'Preferred interface language.' })
  @Enum({ items: () => Locale })
  locale: Locale & Opt = Locale.lt;

  /** When the person followed a link sent to the current address; null until then. */
  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt: (Date & Opt) | null = null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @OneToMany(() => Affiliation, (affiliation) => affiliation.user)
  affiliations = new Collection<Affiliation>(this);
}

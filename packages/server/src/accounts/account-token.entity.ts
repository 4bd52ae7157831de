import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** What a link sent by mail lets its holder do once. */
export enum AccountTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Confirms the account's current address. */
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  /** Confirms a new address, which then replaces the current one. */
  CHANGE_EMAIL = 'CHANGE_EMAIL',
}

/** A single-use link sent to an address; only the SHA-256 of its token is stored. No GraphQL type. */
@Entity({ tableName: 'account_token' })
export class AccountToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: false, deleteRule: 'cascade' })
  user!: User;

  @Enum({ items: () => AccountTokenPurpose })
  purpose!: AccountTokenPurpose;

  /** The address the link was sent to (for a change: the new address). */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'blob' })
  tokenHash!: Buffer;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}

import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';

/** Where a file's bytes are kept. */
export type StorageKind = 'database' | 's3';

/**
 * An uploaded file: its safe name, the type its content proved to be, and where its bytes are.
 * It belongs to its uploader until a record of another feature takes it (`attachFile`); from then
 * on that feature's rule decides who may download it (file-access.ts).
 */
@ObjectType('StoredFile', { description: 'An uploaded file, downloaded from its `url`.' })
@Entity({ tableName: 'stored_file' })
export class StoredFile {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, {
    description: 'The file name as uploaded, made safe: no folders or control characters, the extension of its type.',
  })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The media type found in its content (never the one the upload claimed).' })
  @Property({ type: 'text' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;

  /** Hex SHA-256 of the bytes: the download's ETag, and a check of the stored copy. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text' })
  storage!: StorageKind;

  @Property({ type: 'text' })
  storageKey!: string;

  @ManyToOne(() => User, { ref: false })
  uploadedBy!: User;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  /** The kind of record that took the file (file-access.ts), with its id; both null until then. */
  @Property({ type: 'text', nullable: true })
  attachedToKind: (string & Opt) | null = null;

  @Property({ type: 'uuid', nullable: true })
  attachedToId: (string & Opt) | null = null;

  @Property({ type: 'datetime', nullable: true })
  attachedAt: (Date & Opt) | null = null;
}

/** What other features show of a file: the fields of the `StoredFile` type but its `url`. */
export type StoredFileView = Pick<StoredFile, 'id' | 'name' | 'contentType' | 'sizeBytes'>;

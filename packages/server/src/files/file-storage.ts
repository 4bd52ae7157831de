import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StorageKind } from './stored-file.entity.js';

/** The bytes of a file are not where its row says they are. */
export class MissingFileContentError extends Error {
  constructor(key: string) {
    super(`No stored content under ${key}.`);
    this.name = 'MissingFileContentError';
  }
}

/**
 * Where files' bytes are kept, reachable from every server instance alike (no local disk). The
 * database work of a call joins the caller's transaction `em`: a store inside PostgreSQL commits
 * or rolls back with the file's row; an outside store cannot, and its caller deletes what a failed
 * write left there.
 */
export interface FileStorage {
  readonly kind: StorageKind;
  /** The key the bytes of file `fileId` are kept under. */
  keyFor(fileId: string): string;
  put(key: string, bytes: Buffer, contentType: string, em: EntityManager): Promise<void>;
  /** The bytes, as a stream; rejects with MissingFileContentError when there are none. */
  open(key: string): Promise<Readable>;
  /** Removes the bytes; nothing to remove is not an error. */
  delete(key: string, em: EntityManager): Promise<void>;
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { FileSettings } from '../config.js';
import { DatabaseFileStorage } from './database-file-storage.js';
import type { FileStorage } from './file-storage.js';
import type { S3FileStorage } from './s3-file-storage.js';
import type { StorageKind } from './stored-file.entity.js';

/**
 * The stores of this process: new files go to the configured one; a file is read from the one
 * its row names, so switching `TELKA_FILE_STORAGE` leaves the files stored before readable.
 */
export class FileStores {
  private constructor(
    private readonly settings: FileSettings,
    readonly database: DatabaseFileStorage,
    readonly s3: S3FileStorage | undefined,
  ) {}

  /** The S3 client is loaded only where an S3 store is configured. */
  static async configured(orm: MikroORM, settings: FileSettings): Promise<FileStores> {
    const s3 = settings.s3 ? new (await import('./s3-file-storage.js')).S3FileStorage(settings.s3) : undefined;
    return new FileStores(settings, new DatabaseFileStorage(orm), s3);
  }

  /** Where new uploads go. */
  get forUploads(): FileStorage {
    return this.of(this.settings.storage);
  }

  of(kind: StorageKind): FileStorage {
    if (kind === 'database') return this.database;
    if (!this.s3) throw new Error('A file is kept in S3, but no S3 store is configured (S3_BUCKET).');
    return this.s3;
  }

  close(): void {
    this.s3?.close();
  }
}

import { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { MissingFileContentError, type FileStorage } from './file-storage.js';

/** How much of a file one statement reads: a download holds no more than this in memory. */
const sliceBytes = 1024 * 1024;

/**
 * Bytes in `stored_file_content`, beside their row: backed up, replicated and transactional with
 * everything else, with nothing more to run. Read back a slice per statement.
 */
export class DatabaseFileStorage implements FileStorage {
  readonly kind = 'database' as const;

  constructor(private readonly orm: MikroORM) {}

  keyFor(fileId: string): string {
    // The content's row is keyed by the file's own id (and goes with it).
    return fileId;
  }

  async put(key: string, bytes: Buffer, _contentType: string, em: EntityManager): Promise<void> {
    await em.execute('insert into stored_file_content (file_id, bytes) values (?, ?)', [key, bytes]);
  }

  async open(key: string): Promise<Readable> {
    const first = await this.slice(key, 0);
    if (first === undefined) throw new MissingFileContentError(key);
    const slice = (offset: number) => this.slice(key, offset);
    return Readable.from(
      (async function* () {
        let chunk: Buffer | undefined = first;
        let offset = 0;
        while (chunk && chunk.length > 0) {
          yield chunk;
          if (chunk.length < sliceBytes) return;
          offset += chunk.length;
          chunk = await slice(offset);
        }
      })(),
    );
  }

  async delete(key: string, em: EntityManager): Promise<void> {
    await em.execute('delete from stored_file_content where file_id = ?', [key]);
  }

  /** `sliceBytes` bytes from `offset` (0-based); undefined when the file has no content row. */
  private async slice(key: string, offset: number): Promise<Buffer | undefined> {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ chunk: Buffer }[]>(
        'select substring(bytes from ? for ?) as chunk from stored_file_content where file_id = ?',
        [offset + 1, sliceBytes, key],
      );
    return rows[0]?.chunk;
  }
}

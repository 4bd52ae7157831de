import type { Knex } from '@mikro-orm/postgresql';
import { listsByKey } from '../common/batch.js';
import type { StorageKind, StoredFileView } from './stored-file.entity.js';

/** What a download needs of a file: what to send, where its bytes are, and whose it is. */
export type DownloadableFile = StoredFileView & {
  sha256: string;
  storage: StorageKind;
  storageKey: string;
  uploadedById: string;
  attachedToKind: string | null;
  attachedToId: string | null;
};

export async function readDownloadableFile(knex: Knex, id: string): Promise<DownloadableFile | undefined> {
  const [row] = await knex('stored_file')
    .where('id', id)
    .select(
      knex.raw(`id, name, content_type as "contentType", size_bytes::int as "sizeBytes", sha256, storage,
        storage_key as "storageKey", uploaded_by_id as "uploadedById", attached_to_kind as "attachedToKind",
        attached_to_id as "attachedToId"`),
    );
  return row as DownloadableFile | undefined;
}

/** The files attached to each record of `kind` named in `ids`, in the order they were attached. */
export async function readAttachedFiles(knex: Knex, kind: string, ids: readonly string[]): Promise<StoredFileView[][]> {
  const rows: (StoredFileView & { attachedToId: string })[] = await knex('stored_file')
    .where('attached_to_kind', kind)
    .whereIn('attached_to_id', [...ids])
    .orderBy([{ column: 'attached_at' }, { column: 'id' }])
    .select(
      knex.raw(`attached_to_id as "attachedToId", id, name, content_type as "contentType",
        size_bytes::int as "sizeBytes"`),
    );
  return listsByKey(ids, rows, (row) => row.attachedToId).map((files) =>
    files.map(({ attachedToId: _attachedToId, ...file }) => file),
  );
}

import DataLoader from 'dataloader';
import type { RequestScope } from '../request-scope.js';
import type { FileAttachmentKind } from './file-access.js';
import { readAttachedFiles } from './file-read.js';
import type { StoredFileView } from './stored-file.entity.js';

/**
 * The files feature's per-request loaders, for the features files are attached to: a page of N
 * applications asks for all their annexes in one statement.
 */
export class FileLoaders {
  private readonly attached = new Map<FileAttachmentKind, DataLoader<string, StoredFileView[]>>();

  constructor(private readonly scope: RequestScope) {}

  /** The files attached to records of `kind`, by record id. */
  attachedTo(kind: FileAttachmentKind): DataLoader<string, StoredFileView[]> {
    let loader = this.attached.get(kind);
    if (!loader) {
      loader = new DataLoader((ids) => readAttachedFiles(this.scope.knex, kind.name, ids));
      this.attached.set(kind, loader);
    }
    return loader;
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer.js';
import { BadUserInputError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { RequestScope } from '../request-scope.js';
import { StoredFile } from './stored-file.entity.js';

/** Whether the request's viewer may download the files attached to record `attachedToId`. */
export type FileAccessRule = (scope: RequestScope, attachedToId: string) => Promise<boolean>;

/** A kind of record files can be attached to, with the rule of who may download them. */
export type FileAttachmentKind = { readonly name: string; readonly mayDownload: FileAccessRule };

const kinds = new Map<string, FileAttachmentKind>();

/**
 * Declares that records of `name` (say `application`) take files, and who may download those:
 * usually whoever may see the record itself. A feature calls it once, at module level in a module
 * its resolvers import (so it runs at start), and passes what it answers to `attachFile` and to
 * `FileLoaders.attachedTo`, so no file is attached to a kind without a rule.
 */
export function registerFileAccess(name: string, mayDownload: FileAccessRule): FileAttachmentKind {
  if (kinds.has(name)) throw new Error(`Files attached to ${name} have a download rule already.`);
  const kind = { name, mayDownload };
  kinds.set(name, kind);
  return kind;
}

/** The kind registered under `name`; undefined for a name no feature registered. */
export function attachmentKind(name: string): FileAttachmentKind | undefined {
  return kinds.get(name);
}

/**
 * Inside another feature's write (its transaction `em`): gives the viewer's uploaded, not yet
 * attached file `fileId` to record `attachedToId` of `kind`, which from then on decides who may
 * download it, and keeps it from the hourly clean-up of unattached files. Any other file (someone
 * else's, attached already, removed as unattached after a day, or unknown) is a BAD_USER_INPUT
 * problem `FILE_UNAVAILABLE` on `field`.
 */
export async function attachFile(
  em: EntityManager,
  fileId: string,
  kind: FileAttachmentKind,
  attachedToId: string,
  viewer: Viewer,
  field = 'fileId',
): Promise<void> {
  // One conditional update: a file is taken once, and never after the clean-up removed it.
  const attached =
    viewer.user && isUuid(fileId)
      ? await em.nativeUpdate(
          StoredFile,
          { id: fileId, uploadedBy: viewer.user.id, attachedToKind: null },
          { attachedToKind: kind.name, attachedToId, attachedAt: new Date() },
        )
      : 0;
  if (attached === 0)
    throw BadUserInputError.field(
      field,
      'FILE_UNAVAILABLE',
      'No file of yours waits under this id: upload it again (uploads are kept for a day until attached).',
    );
}

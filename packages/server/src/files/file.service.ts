import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { authorize } from '../authorization/policy.js';
import { Writer } from '../audit/writer.js';
import { isUuid } from '../common/ids.js';
import type { RequestScope } from '../request-scope.js';
import { attachmentKind } from './file-access.js';
import { readDownloadableFile, type DownloadableFile } from './file-read.js';
import { MissingFileContentError } from './file-storage.js';
import { acceptedExtensions, acceptedTypes, detectAcceptedType, safeFileName } from './file-types.js';
import { StoredFile, type StoredFileView } from './stored-file.entity.js';

/** An upload or download the HTTP layer refuses, with the status and error code it is answered with. */
export class FileRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'FileRefusal';
  }
}

/** A file as received, whole, within the size limit, before anything is known of its content. */
export type ReceivedUpload = { bytes: Buffer; name: string };

/** Storing uploads and handing them out to those who may have them. */
export class FileService {
  constructor(private readonly scope: RequestScope) {}

  /**
   * Keeps an upload of an accepted type, found from its content, under its safe name. The bytes
   * and the row with its audit entry commit together; bytes an outside store took for a write
   * that then failed are deleted again.
   */
  async store(upload: ReceivedUpload): Promise<StoredFileView> {
    authorize(this.scope.viewer, 'file.upload');
    const type = await detectAcceptedType(upload.bytes);
    if (!type)
      throw new FileRefusal(
        415,
        'FILE_TYPE_NOT_ACCEPTED',
        `Only these kinds of file are accepted: ${acceptedExtensions.join(', ')}.`,
        { acceptedTypes: Object.keys(acceptedTypes), acceptedExtensions },
      );
    const storage = this.scope.app.files.forUploads;
    const file = new StoredFile();
    Object.assign(file, {
      name: safeFileName(upload.name, type),
      contentType: type,
      sizeBytes: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      storage: storage.kind,
      storageKey: storage.keyFor(file.id),
      uploadedBy: this.scope.viewer.user!,
    });
    try {
      return await this.scope.get(Writer).write('file.upload', async ({ em, audit }) => {
        em.persist(file);
        await em.flush();
        await storage.put(file.storageKey, upload.bytes, file.contentType, em);
        audit(file.id, {
          name: file.name,
          contentType: file.contentType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        });
        return { id: file.id, name: file.name, contentType: file.contentType, sizeBytes: file.sizeBytes };
      });
    } catch (error) {
      await storage
        .delete(file.storageKey, this.scope.app.orm.em.fork())
        .catch((cleanupError: unknown) =>
          this.scope.app.logger.error(
            { err: cleanupError, storageKey: file.storageKey },
            'the bytes of a failed upload could not be deleted',
          ),
        );
      throw error;
    }
  }

  /**
   * File `id` with its bytes, when the viewer may download it: an attached file by its record's
   * rule, an unattached one only by its uploader. Undefined otherwise, as for a file that is not
   * there: a download link tells nobody else that the file exists.
   */
  async openForDownload(id: string): Promise<{ file: DownloadableFile; content: Readable } | undefined> {
    if (!isUuid(id)) return undefined;
    const file = await readDownloadableFile(this.scope.knex, id);
    if (!file || !(await this.mayDownload(file))) return undefined;
    try {
      return { file, content: await this.scope.app.files.of(file.storage).open(file.storageKey) };
    } catch (error) {
      if (!(error instanceof MissingFileContentError)) throw error;
      this.scope.app.logger.error({ fileId: file.id, storage: file.storage }, 'a stored file has lost its bytes');
      return undefined;
    }
  }

  private async mayDownload(file: DownloadableFile): Promise<boolean> {
    const { viewer } = this.scope;
    if (file.attachedToKind === null) return viewer.user?.id === file.uploadedById;
    const kind = attachmentKind(file.attachedToKind);
    if (!kind) {
      this.scope.app.logger.error({ kind: file.attachedToKind }, 'files attached to a kind no feature registered');
      return false;
    }
    return kind.mayDownload(this.scope, file.attachedToId!);
  }
}

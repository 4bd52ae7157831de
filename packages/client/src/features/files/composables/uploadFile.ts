/** A stored upload, as `POST /files` answers it. */
export type UploadedFile = { id: string; name: string; contentType: string; sizeBytes: number };

/** Why an upload did not end in a stored file; the server's codes (docs/errors.md) and the client's own. */
export type UploadErrorCode =
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ACCEPTED'
  | 'EMPTY_FILE'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  | 'CANCELLED'
  | 'NETWORK'
  | 'UNKNOWN';

const serverCodes: readonly UploadErrorCode[] = [
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ACCEPTED',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
];

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    /** The server's limit with FILE_TOO_LARGE. */
    readonly maxBytes?: number,
  ) {
    super(code);
    this.name = 'UploadError';
  }
}

/** What the server accepts (files/file-types.ts): the file picker's hint, by extension and type. */
export const acceptedFileTypes = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.docx',
  '.xlsx',
  '.odt',
  '.ods',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

/** The server's default limit (`TELKA_UPLOAD_MAX_BYTES`): a larger file is not sent at all. */
export const defaultMaxBytes = 20 * 1024 * 1024;

/**
 * Sends one file to `POST /files` with XMLHttpRequest, the one browser API that reports upload
 * progress, telling `onProgress` how much has gone (total undefined when the browser cannot say).
 * `signal` cancels it. Rejects with an UploadError carrying the server's code.
 */
export function uploadFile(
  file: File,
  options: { onProgress?: (sent: number, total: number | undefined) => void; signal?: AbortSignal } = {},
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/files');
    // Without it the server refuses the upload: a cross-site form cannot send it (CSRF).
    request.setRequestHeader('x-telka-upload', '1');
    request.responseType = 'json';
    request.upload.onprogress = (event) =>
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : undefined);
    request.onload = () => {
      if (request.status === 201) return resolve(request.response as UploadedFile);
      const extensions = (request.response as { errors?: { extensions?: Record<string, unknown> }[] } | null)
        ?.errors?.[0]?.extensions;
      const code = extensions?.code as UploadErrorCode | undefined;
      const maxBytes = typeof extensions?.maxBytes === 'number' ? extensions.maxBytes : undefined;
      reject(new UploadError(code && serverCodes.includes(code) ? code : 'UNKNOWN', maxBytes));
    };
    request.onerror = () => reject(new UploadError('NETWORK'));
    request.onabort = () => reject(new UploadError('CANCELLED'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

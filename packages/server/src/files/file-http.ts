import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { create as contentDisposition } from 'content-disposition';
import type { Request, RequestHandler, Response } from 'express';
import { resolveViewer, sessionTokenOf } from '../accounts/sessions.js';
import type { Viewer } from '../accounts/viewer.js';
import { isAllowed } from '../authorization/policy.js';
import { ErrorCode } from '../common/errors.js';
import { httpExchange } from '../http/http-exchange.js';
import { retryAfterSeconds } from '../http/service-unavailable.js';
import { RequestScope, type AppDependencies } from '../request-scope.js';
import { FileService, FileRefusal, type ReceivedUpload } from './file.service.js';

/**
 * The header an upload must carry. A cross-site form can post multipart/form-data with the
 * session cookie, but cannot set a header without a CORS preflight, which Telka never grants:
 * the same defence Apollo's CSRF prevention gives the GraphQL endpoint.
 */
export const uploadHeader = 'x-telka-upload';

/** Room for the multipart framing around the file (boundaries, the part's headers, a long name). */
const multipartAllowance = 64 * 1024;

type UploadLocals = { viewer: Viewer; upload: ReceivedUpload };

/**
 * `POST /files`: one file as multipart/form-data, from a signed-in person, answered 201 with
 * `{ id, name, contentType, sizeBytes }`. The body is received before the request takes its turn
 * at the admission gate (`admission`), so a slow connection holds neither a turn nor the request
 * deadline; at most `uploadsAtOnce` are received at once, each held in memory up to the limit.
 */
export function uploadHandlers(dependencies: AppDependencies, admission: RequestHandler): RequestHandler[] {
  const { uploadMaxBytes, uploadsAtOnce } = dependencies.config.files;
  let receiving = 0;

  const checkRequest: RequestHandler = async (request, response, next) => {
    if (request.get(uploadHeader) !== '1')
      return refuse(response, new FileRefusal(400, 'UPLOAD_HEADER_REQUIRED', `Send the header ${uploadHeader}: 1.`));
    try {
      const viewer = await resolveViewer(dependencies.orm.em.fork(), sessionTokenOf(request));
      if (!isAllowed(viewer, 'file.upload'))
        return refuse(
          response,
          viewer.isSignedIn
            ? new FileRefusal(403, ErrorCode.FORBIDDEN, 'You may not upload files.')
            : new FileRefusal(401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload files.'),
        );
      response.locals.viewer = viewer;
    } catch (error) {
      return next(error);
    }
    // A declared length over the limit is refused before a byte of it is read.
    if (Number(request.get('content-length') ?? 0) > uploadMaxBytes + multipartAllowance)
      return refuse(response, tooLarge(uploadMaxBytes));
    if (receiving >= uploadsAtOnce) {
      response.set('retry-after', String(retryAfterSeconds));
      return refuse(
        response,
        new FileRefusal(
          503,
          ErrorCode.SERVICE_UNAVAILABLE,
          'Telka is receiving many files right now. Try again in a moment.',
          {
            retryAfterSeconds,
          },
        ),
      );
    }
    next();
  };

  const receive: RequestHandler = async (request, response, next) => {
    receiving += 1;
    try {
      response.locals.upload = await receiveOneFile(request, uploadMaxBytes);
    } catch (error) {
      if (error instanceof FileRefusal) return refuse(response, error);
      // The client went away mid-upload: there is nobody to answer.
      return;
    } finally {
      receiving -= 1;
    }
    next();
  };

  const store: RequestHandler = async (request, response, next) => {
    const { viewer, upload } = response.locals as UploadLocals;
    const scope = new RequestScope({
      app: dependencies,
      em: dependencies.orm.em.fork(),
      viewer,
      http: httpExchange(request, response, dependencies.config),
    });
    try {
      const stored = await scope.get(FileService).store(upload);
      response.status(201).set('cache-control', 'no-store').json(stored);
    } catch (error) {
      if (error instanceof FileRefusal) return refuse(response, error);
      next(error);
    }
  };

  return [checkRequest, receive, admission, store];
}

/**
 * `GET /files/:id/:name`: the file's bytes, to those who may have them (FileService), as a
 * download of the type found at upload, which a browser neither sniffs nor runs. The name in the
 * path is only for the browser's sake; the stored one is what the file is saved as. Not through
 * the admission gate: a download to a slow connection would hold a turn for its whole length,
 * while its reads take a database connection one slice at a time.
 */
export function downloadHandlers(dependencies: AppDependencies): RequestHandler[] {
  const download: RequestHandler = async (request, response, next) => {
    try {
      const em = dependencies.orm.em.fork();
      const viewer = await resolveViewer(em, sessionTokenOf(request));
      const scope = new RequestScope({
        app: dependencies,
        em,
        viewer,
        http: httpExchange(request, response, dependencies.config),
      });
      const found = await scope.get(FileService).openForDownload(String(request.params.id));
      if (!found)
        return refuse(response, new FileRefusal(404, ErrorCode.NOT_FOUND, 'No such file, or not one you may see.'));
      const { file, content } = found;
      response.set({
        'content-type': file.contentType,
        'content-length': String(file.sizeBytes),
        'content-disposition': contentDisposition(file.name, {
          type: 'attachment',
          fallback: asciiFallback(file.name),
        }),
        'x-content-type-options': 'nosniff',
        'content-security-policy': 'sandbox',
        // Kept by the browser alone, and asked again each time: access may have changed since.
        'cache-control': 'private, no-cache',
        etag: `"${file.sha256}"`,
      });
      if (request.fresh || request.method === 'HEAD') {
        content.destroy();
        return void response.status(request.fresh ? 304 : 200).end();
      }
      await pipeline(content, response);
    } catch (error) {
      if (!response.headersSent) return next(error);
      // Cut off mid-download: the client sees a short file rather than a complete-looking one.
      dependencies.logger.warn({ err: error, fileId: request.params.id }, 'a download broke off');
      response.destroy();
    }
  };
  return [download];
}

/** Reads the one file of a multipart body into memory, refusing it as soon as it outgrows `maxBytes`. */
function receiveOneFile(request: Request, maxBytes: number): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        // Browsers send the name's UTF-8 bytes as they are; busboy would read them as Latin-1.
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 0, fileSize: maxBytes, headerPairs: 10 },
      });
    } catch {
      return reject(new FileRefusal(400, 'NOT_MULTIPART', 'Send the file as multipart/form-data.'));
    }
    let received: ReceivedUpload | undefined;
    let settled = false;
    const fail = (refusal: FileRefusal) => {
      if (settled) return;
      settled = true;
      // Stop reading: the rest of the body is not wanted, and is not kept anywhere.
      request.unpipe(parser);
      reject(refusal);
    };
    const notOneFile = () => fail(new FileRefusal(400, 'ONE_FILE', 'Send exactly one file, in a field of its own.'));
    parser.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        chunks.length = 0;
        stream.resume();
        fail(tooLarge(maxBytes));
      });
      stream.on('end', () => {
        if (!settled) received = { bytes: Buffer.concat(chunks), name: info.filename ?? '' };
      });
    });
    parser.on('fieldsLimit', notOneFile);
    parser.on('filesLimit', notOneFile);
    parser.on('error', () => fail(new FileRefusal(400, 'NOT_MULTIPART', 'The multipart body is malformed.')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (received && received.bytes.length > 0) resolve(received);
      else reject(new FileRefusal(400, 'ONE_FILE', 'Send exactly one non-empty file.'));
    });
    request.on('close', () => {
      if (settled || request.complete) return;
      settled = true;
      reject(new Error('The client went away.'));
    });
    request.pipe(parser);
  });
}

/**
 * The name for clients that do not read `filename*`: Lithuanian letters without their marks
 * ("Paraiška" becomes "Paraiska") rather than question marks.
 */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

function tooLarge(maxBytes: number): FileRefusal {
  return new FileRefusal(413, 'FILE_TOO_LARGE', `The file is larger than ${formatMegabytes(maxBytes)}.`, {
    maxBytes,
  });
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Answers a refusal in the shape GraphQL errors have, so the client reads every error alike. A
 * refusal while the body is still arriving closes the connection once answered: the rest is not
 * read.
 */
function refuse(response: Response, refusal: FileRefusal): void {
  if (response.headersSent || response.destroyed) return;
  if (!response.req.complete) response.set('connection', 'close');
  response
    .status(refusal.status)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } }] });
}

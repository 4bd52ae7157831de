import { constants } from 'node:zlib';
import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Below this a response is sent as is: compressing it would save little and cost a stream. */
export const compressionThresholdBytes = 1024;

/**
 * Compresses API answers above a kilobyte, brotli when the client takes it, else gzip. Brotli at
 * quality 4 gives about gzip's default ratio on our JSON for two thirds of its CPU (its default
 * quality 11 costs ~40 ms for a 30 kB page); gzip stays at its default level for the clients
 * without brotli. Streams are never compressed: an event stream would be held back in the
 * compressor's buffer, and a WebSocket upgrade is not a response to compress.
 */
export function apiCompression(): RequestHandler {
  return compression({
    threshold: compressionThresholdBytes,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    filter: (request: Request, response: Response) =>
      !request.headers.upgrade &&
      !String(response.getHeader('content-type') ?? '').startsWith('text/event-stream') &&
      compression.filter(request, response),
  });
}

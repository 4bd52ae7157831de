import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

/** Below this an answer is sent as is: compressing it would save little. */
export const compressionThresholdBytes = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
// Brotli at quality 4 gives about gzip's default ratio on our JSON for two thirds of its CPU (its
// default quality 11 costs ~40 ms for a 30 kB page); gzip stays at its default level.
const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * An API answer as it goes over the wire: brotli when the client takes it, else gzip, else as
 * it is; always as is below a kilobyte. Compressed off the event loop, in zlib's thread pool.
 */
export async function compressAnswer(
  request: IncomingMessage,
  body: Buffer,
): Promise<{ body: Buffer; encoding?: 'br' | 'gzip' }> {
  if (body.length < compressionThresholdBytes) return { body };
  const encoding = preferredEncoding(request);
  if (encoding === 'br') return { body: await brotli(body, brotliOptions), encoding };
  if (encoding === 'gzip') return { body: await gzipped(body), encoding };
  return { body };
}

/**
 * negotiator 1.x breaks ties of quality by the server's preference (brotli); @types/negotiator
 * still describes 0.6, whose `encoding` takes no preference and would pick gzip from "gzip, br".
 */
type EncodingNegotiator = { encoding(available: string[], options: { preferred: string[] }): string | undefined };

function preferredEncoding(request: IncomingMessage): string | undefined {
  const negotiator = new Negotiator(request) as unknown as EncodingNegotiator;
  return negotiator.encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] });
}

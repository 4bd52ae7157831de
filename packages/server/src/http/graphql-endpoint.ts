import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import { compressAnswer } from './compression.js';

/** The largest request body the endpoint reads: ample for any operation the client sends. */
export const graphqlBodyLimitBytes = 100 * 1024;

type EndpointOptions<Context extends BaseContext> = {
  apollo: ApolloServer<Context>;
  /** The admission gate (http/admission.ts): the rest runs when the request's turn comes. */
  admission: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  context: (request: IncomingMessage, response: ServerResponse) => Promise<Context>;
  /** Sent with every answer: the same as the rest of the site's (helmet's). */
  securityHeaders: OutgoingHttpHeaders;
  logger: Logger;
};

/**
 * `/graphql` on Node's own HTTP layer, where every page's data comes through: the request's body
 * is read up to its limit, parsed when it is JSON, handed to Apollo with the request's headers
 * and query string, and its answer compressed above a kilobyte. Express (its router, body and
 * cookie parsers, helmet and compression middleware per request) cost about a third of what the
 * least GraphQL request costs; the other routes stay on Express.
 */
export function graphqlEndpoint<Context extends BaseContext>(options: EndpointOptions<Context>) {
  const { apollo, admission, context, securityHeaders, logger } = options;

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = request.method === 'POST' ? await readJsonBody(request) : undefined;
    if (body instanceof BodyRefusal) return refuse(response, securityHeaders, body);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = request.url ?? '';
    const query = url.indexOf('?');
    const answered = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method ?? 'GET',
        headers,
        search: query === -1 ? '' : url.slice(query),
        body,
      },
      context: () => context(request, response),
    });
    await send(request, response, answered, securityHeaders);
  }

  return (request: IncomingMessage, response: ServerResponse): void =>
    admission(request, response, () => {
      answer(request, response).catch((error: unknown) => {
        logger.error({ err: error }, 'a GraphQL request failed outside Apollo');
        if (response.headersSent) return void response.destroy();
        refuse(response, securityHeaders, new BodyRefusal(500, 'internal server error'));
      });
    });
}

async function send(
  request: IncomingMessage,
  response: ServerResponse,
  answered: HTTPGraphQLResponse,
  securityHeaders: OutgoingHttpHeaders,
): Promise<void> {
  const headers: OutgoingHttpHeaders = { ...securityHeaders };
  for (const [name, value] of answered.headers) headers[name] = value;
  headers.vary = headers.vary ? `${String(headers.vary)}, accept-encoding` : 'accept-encoding';
  const status = answered.status ?? 200;
  if (answered.body.kind === 'chunked') {
    // Incremental delivery: each part goes out as it is ready, never held in a compressor.
    response.writeHead(status, headers);
    for await (const chunk of answered.body.asyncIterator) response.write(chunk);
    return void response.end();
  }
  const { body, encoding } = await compressAnswer(request, Buffer.from(answered.body.string));
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  response.writeHead(status, headers).end(body);
}

/** A request refused before Apollo saw it, in the shape of Express's error answers. */
class BodyRefusal {
  constructor(
    readonly status: 400 | 413 | 415 | 500,
    readonly error: string,
  ) {}
}

function refuse(response: ServerResponse, securityHeaders: OutgoingHttpHeaders, refusal: BodyRefusal): void {
  if (response.headersSent || response.destroyed) return;
  const body = JSON.stringify({ error: refusal.error });
  response
    .writeHead(refusal.status, {
      ...securityHeaders,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      // A body too large is left unread: the connection closes rather than reading on.
      ...(refusal.status === 413 ? { connection: 'close' } : {}),
    })
    .end(body);
}

/**
 * The body as JSON when it says it is (`application/json`, in UTF-8); otherwise undefined, which
 * Apollo answers with 400. Refuses a body over the limit as soon as it says or shows so, and
 * anything but a JSON object or array, as Express's JSON parser did.
 */
async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const [mediaType = '', ...parameters] = (request.headers['content-type'] ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return undefined;
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8')
    return new BodyRefusal(415, 'the request body must be UTF-8');
  if (Number(request.headers['content-length'] ?? 0) > graphqlBodyLimitBytes)
    return new BodyRefusal(413, 'request body too large');

  const received = await receive(request);
  if (received instanceof BodyRefusal) return received;
  const text = received.toString('utf8');
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return new BodyRefusal(400, 'the request body must be a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return new BodyRefusal(400, 'the request body is not valid JSON');
  }
}

/** The whole body, or a refusal once it outgrows the limit or the client hangs up mid-way. */
function receive(request: IncomingMessage): Promise<Buffer | BodyRefusal> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const settle = (outcome: Buffer | BodyRefusal) => {
      request.off('data', onData).off('end', onEnd).off('error', onFailure).off('close', onFailure);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      // The rest is not read: the refusal closes the connection (see refuse).
      if (length > graphqlBodyLimitBytes) return settle(new BodyRefusal(413, 'request body too large'));
      chunks.push(chunk);
    };
    const onEnd = () => settle(Buffer.concat(chunks, length));
    // A client gone mid-body: nobody will read the refusal, which refuse() then leaves unsent.
    const onFailure = () => settle(new BodyRefusal(400, 'the request body was cut off'));
    request.on('data', onData).once('end', onEnd).once('error', onFailure).once('close', onFailure);
  });
}

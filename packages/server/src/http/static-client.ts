import type http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from 'pino';

/** Paths the server answers itself; every other GET is a client route and gets index.html. */
const clientRoutes = /^(?!\/graphql|\/healthz|\/readyz|\/exports\/|\/assets\/).*/;

/**
 * The built Vue client from the same port. The build writes a brotli and a gzip copy beside each
 * file (vite.config.ts); the copy the browser accepts is sent as is, brotli first, so nothing is
 * compressed per request. Unknown paths get index.html so client routes load; a missing file under
 * assets/ stays a 404, so a stale page asking for an old chunk is not handed HTML as JavaScript.
 */
export function serveClient(app: express.Express, clientDir: string | undefined, logger: Logger): void {
  if (!clientDir || !existsSync(path.join(clientDir, 'index.html'))) {
    logger.warn({ clientDir }, 'no built client found: serving the API only');
    return;
  }
  const serveFile = expressStaticGzip(path.resolve(clientDir), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, maxAge: '1h', setHeaders: cachingHeaders },
  }) as express.RequestHandler;

  app.use(serveFile);
  app.get(clientRoutes, (request, response, next) => {
    request.url = '/index.html';
    serveFile(request, response, next);
  });
}

/** `filePath` is the file actually sent, so it may end in .br or .gz. */
function cachingHeaders(response: http.ServerResponse, filePath: string): void {
  // Vite fingerprints everything under assets/, so it can be cached for good.
  if (filePath.includes(`${path.sep}assets${path.sep}`)) {
    response.setHeader('cache-control', 'public, max-age=31536000, immutable');
  } else if (/index\.html(\.br|\.gz)?$/.test(filePath)) {
    // Always asked again (a 304 when unchanged), so a new build's chunks are found at once.
    response.setHeader('cache-control', 'no-cache');
  }
}

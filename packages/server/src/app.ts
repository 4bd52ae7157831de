import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { AccountThrottle, type ThrottleLimits } from './accounts/throttle.js';
import { resolveViewer, sessionTokenOf } from './accounts/sessions.js';
import type { Config } from './config.js';
import { RequestScope, type AppDependencies } from './request-scope.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { initORM } from './database/orm.js';
import { admissionControl } from './http/admission.js';
import { createFormatError } from './http/format-error.js';
import { graphqlEndpoint } from './http/graphql-endpoint.js';
import { httpExchange } from './http/http-exchange.js';
import { headersOf } from './http/security-headers.js';
import { gracefulStop } from './http/graceful-stop.js';
import { inputGuardPlugin } from './common/input-guard.js';
import { noStorePlugin } from './http/no-store.js';
import { jitGateway } from './http/jit-gateway.js';
import { maxTokens, queryCostPlugin } from './http/query-cost.js';
import { isServiceUnavailable, retryAfterSeconds } from './http/service-unavailable.js';
import { serveClient } from './http/static-client.js';
import { downloadHandlers, uploadHandlers } from './files/file-http.js';
import { FileStores } from './files/file-stores.js';
import { unavailableAware, unavailableStatusPlugin } from './http/unavailable-status.js';
import { throttledLog } from './logging/throttled-log.js';
import { redactedError } from './logging/redact-error.js';
import { createLivePubSub } from './live/pubsub.js';
import { startBackground, type Background } from './jobs/background.js';
import { MailQueue } from './mail/mail-queue.js';
import type { LiveLimits } from './live/limits.js';
import { attachSubscriptions } from './live/websocket.js';
import { Viewer } from './accounts/viewer.js';
import { oneClickUnsubscribe } from './notifications/unsubscribe-endpoint.js';
import { partnershipExportHandler } from './partnerships/partnership-export.js';
import { buildTelkaSchema } from './schema/build-schema.js';

export type TelkaApp = {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  httpServer: http.Server;
  /** The embedded cluster, when `DATABASE_URL` was not given. */
  database: EmbeddedDatabase | undefined;
  listen(): Promise<string>;
  /** Stops taking requests, lets those in flight finish, closes the pool, stops the database. */
  stop(): Promise<void>;
};

export type AppOptions = {
  config: Config;
  logger?: Logger;
  /** Test hook: limits of the sign-in and registration throttles. */
  throttleLimits?: Partial<ThrottleLimits>;
  /** Test hook: limits of live updates (live/limits.ts). */
  liveLimits?: Partial<LiveLimits>;
};

/** Builds the whole server: database, ORM, schema, Apollo, HTTP. Tests use the same bootstrap. */
export async function createApp({
  config,
  logger: givenLogger,
  throttleLimits,
  liveLimits,
}: AppOptions): Promise<TelkaApp> {
  // Every log line, whoever made the logger, keeps database values out (logging/redact-error.ts).
  const logger = (givenLogger ?? pino({ level: config.logLevel })).child({}, { serializers: { err: redactedError } });
  const database = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, logger });
  const databaseUrl = config.databaseUrl ?? database!.url;

  const orm = await initORM(databaseUrl, logger, config.load);
  if (config.seedDemo) {
    // Loaded only when asked for: production servers never carry the demo data.
    const { seedDemo } = await import('./database/seed/demo.js');
    await seedDemo(orm.em.getKnex());
    logger.info('demo data is in place');
  }

  const app = express();
  // Its requests are routed below, once the GraphQL endpoint is ready; it listens only after.
  const httpServer = http.createServer();
  const live = createLivePubSub(config.redisUrl, logger);
  const mail = MailQueue.configured(config);
  const files = await FileStores.configured(orm, config.files);
  const dependencies: AppDependencies = {
    config,
    orm,
    logger,
    accountThrottle: new AccountThrottle(orm.em.getKnex(), throttleLimits),
    pubSub: live.pubSub,
    mail,
    files,
  };
  const background: Background | undefined = config.runJobs
    ? await startBackground({ config, orm, logger, mail, pubSub: live.pubSub, files }, databaseUrl)
    : undefined;

  const armor = new ApolloArmor({
    maxDepth: { n: 10, ...armorRefusal },
    maxAliases: { n: 15, ...armorRefusal },
    maxDirectives: { n: 20, ...armorRefusal },
    // Cost counts page sizes (http/query-cost.ts); the token limit is graphql's own parse option,
    // so a malformed document stays a 400 parse error.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();
  const schema = await buildTelkaSchema(live.pubSub);
  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    dependencies,
    validationRules: armor.validationRules as unknown as ValidationRule[],
    limits: { ...config.live, ...liveLimits },
  });
  const stopper = gracefulStop(httpServer, config.shutdownGraceMs);
  const logThrottled = throttledLog(logger, 10_000);
  const admission = admissionControl(config.load, logger);
  const apollo = new ApolloServer<RequestScope>({
    gateway: jitGateway(schema),
    // graphql-armor's CJS typings clash with Apollo's ESM ones (STACK.md); they agree at runtime.
    ...(armor as unknown as Record<string, never>),
    parseOptions: { maxTokens },
    plugins: [
      ...(armor.plugins as never[]),
      inputGuardPlugin(),
      queryCostPlugin(),
      unavailableStatusPlugin,
      stopper.plugin,
      subscriptions,
      // Telka sets no cache hints; the plugin would otherwise hook every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
    ],
    csrfPrevention: true,
    // main.ts owns the signals: it drains requests, then stops the database.
    stopOnTerminationSignals: false,
    introspection: true,
    formatError: createFormatError(logger),
  });
  await apollo.start();

  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
  });
  app.use(securityHeaders);

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    // A stopping server is taken out of the load balancer's rotation at once.
    if (stopper.stopping) return void response.status(503).json({ status: 'stopping' });
    // Live updates need Redis when it is configured; ioredis reconnects by itself.
    if (live.redisState() === 'unreachable') return void response.status(503).json({ status: 'redis unreachable' });
    try {
      await orm.em.getConnection().execute('select 1');
      response.json({ status: 'ready' });
    } catch (error) {
      logThrottled('warn', 'readiness check failed', { cause: (error as Error)?.message });
      response.status(503).json({ status: 'database unavailable' });
    }
  });

  const graphql = graphqlEndpoint({
    apollo,
    admission: admission.middleware,
    securityHeaders: headersOf(securityHeaders),
    logger,
    context: (request, response) =>
      unavailableAware(async () => {
        const scope = new RequestScope({
          app: dependencies,
          viewer: Viewer.visitor,
          http: httpExchange(request, response, config),
        });
        // Only a session is looked up through the EntityManager: a visitor's request forks one if it
        // writes or reads entities, not for pages read by read queries (RequestScope.em).
        const token = sessionTokenOf(request);
        if (token) scope.viewer = await resolveViewer(scope.em, token);
        return scope;
      }),
  });
  // `/graphql` on Node's own HTTP layer (graphqlEndpoint), everything else through Express.
  httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) =>
    isGraphQLPath(request.url) ? graphql(request, response) : app(request, response),
  );

  app.get(
    '/exports/partnerships.:format',
    admission.middleware,
    partnershipExportHandler(() => orm.em.fork()),
  );

  app.post(
    '/unsubscribe/:token',
    admission.middleware,
    ...oneClickUnsubscribe(() => new RequestScope({ app: dependencies, em: orm.em.fork(), viewer: Viewer.visitor })),
  );

  app.post('/files', ...uploadHandlers(dependencies, admission.middleware));
  app.get('/files/:id/:name', ...downloadHandlers(dependencies));

  serveClient(app, config.clientDir, logger);
  app.use(((error, _request, response, next) => {
    if (response.headersSent) return next(error);
    if (isServiceUnavailable(error)) {
      logThrottled('warn', 'service unavailable', { cause: (error as Error).name });
      response.status(503).set('retry-after', String(retryAfterSeconds)).json({ error: 'service unavailable' });
      return;
    }
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) logThrottled('error', 'request failed', { err: error }, String(error?.message));
    response.status(status).json({
      error: status === 413 ? 'request body too large' : status < 500 ? 'bad request' : 'internal server error',
    });
  }) as express.ErrorRequestHandler);

  let stopping: Promise<void> | undefined;
  return {
    config,
    orm,
    logger,
    httpServer,
    database,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve(`http://localhost:${port}`);
        });
      }),
    stop: () =>
      (stopping ??= (async () => {
        void stopper.begin();
        await apollo.stop();
        await background?.stop();
        files.close();
        await live.close();
        await orm.close(true);
        await database?.stop();
      })()),
  };
}

/**
 * graphql-armor words its refusals "Syntax Error: …" and throws them; report them instead as the
 * validation errors they are, saying which limit was passed.
 */
const armorRefusal = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** `/graphql` with or without a query string (GET operations carry theirs there). */
function isGraphQLPath(url: string | undefined): boolean {
  return url === '/graphql' || url?.startsWith('/graphql?') === true;
}

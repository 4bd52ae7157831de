import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { sessionTokenOf } from '../accounts/sessions.js';
import { BadUserInputError, ErrorCode } from '../common/errors.js';
import { argumentProblems } from '../common/input-guard.js';
import { RequestScope, type AppDependencies } from '../request-scope.js';
import { createFormatError } from '../http/format-error.js';
import { throttledLog } from '../logging/throttled-log.js';
import { bindConnection, LiveConnection, LiveConnections } from './connections.js';
import { defaultLiveLimits, LiveCloseCode, type LiveLimits } from './limits.js';
import { startSessionSweep } from './session-sweep.js';
import { clientAddress } from '../http/http-exchange.js';
import { isSameOrigin } from './upgrade-guard.js';

/**
 * GraphQL subscriptions over `graphql-ws` on the same port and path as the API. The session
 * cookie of the upgrade request says who is listening; only subscriptions travel this way.
 * Errors leave through the same formatter as over HTTP.
 */
export function attachSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  dependencies: AppDependencies;
  validationRules: ValidationRule[];
  limits?: Partial<LiveLimits>;
}): ApolloServerPlugin {
  const { httpServer, schema, dependencies } = options;
  const limits: LiveLimits = { ...defaultLiveLimits, ...options.limits };
  const log = throttledLog(dependencies.logger, 60_000);
  const formatError = createFormatError(dependencies.logger);
  const connections = new LiveConnections();
  const addressOf = (request: http.IncomingMessage) => clientAddress(request, dependencies.config.trustProxy);

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: limits.maxMessageBytes,
    verifyClient: (
      { origin, req }: { origin?: string; req: http.IncomingMessage },
      decide: (allowed: boolean, status?: number, reason?: string) => void,
    ) => {
      // A page on another site must not listen with this browser's session.
      if (!isSameOrigin(origin, req.headers.host)) return decide(false, 403, 'Forbidden');
      if (connections.countFrom(addressOf(req)) >= limits.maxConnectionsPerAddress)
        return decide(false, 429, 'Too many connections from this address');
      decide(true);
    },
  });
  // Registered before graphql-ws's own listener, so every socket is known before its first message.
  wsServer.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    const token = sessionTokenOf(request);
    const connection = new LiveConnection(socket, addressOf(request), token);
    connections.open(connection);
    // Upgrades racing past the check in verifyClient.
    if (connections.countFrom(connection.address) > limits.maxConnectionsPerAddress)
      socket.close(LiveCloseCode.TOO_MANY_CONNECTIONS, 'Too many connections from this address');
  });
  const stopSweep = startSessionSweep({
    orm: dependencies.orm,
    connections,
    intervalMs: limits.sessionSweepIntervalMs,
    log,
  });

  const format = (error: GraphQLError) =>
    // Errors of the event stream itself carry what was thrown as originalError, without a path.
    formatError(error.toJSON(), !error.path && error.originalError ? error.originalError : error);

  const cleanup = useServer(
    {
      // Close reasons never carry internal messages.
      isProd: true,
      onConnect: async (ctx) => {
        const connection = connections.of(ctx.extra.socket)!;
        try {
          await connection.identify(dependencies.orm.em.fork());
          return true;
        } catch (error) {
          log('warn', 'a live connection could not be identified', { err: error });
          connection.socket.close(LiveCloseCode.TRY_AGAIN_LATER, 'Try again later');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        // ctx.subscriptions already holds this one.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(
              `A connection holds at most ${limits.maxSubscriptionsPerConnection} subscriptions; end one first.`,
              { extensions: { code: ErrorCode.TOO_MANY_REQUESTS, limit: limits.maxSubscriptionsPerConnection } },
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return [coded(error, 'GRAPHQL_PARSE_FAILED')];
        }
        // The same limits as over HTTP: depth, cost, aliases.
        const problems = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (problems.length) return problems.map((problem) => coded(problem, 'GRAPHQL_VALIDATION_FAILED'));
        const badArguments = argumentProblems(schema, document, payload.variables ?? undefined, payload.operationName);
        if (badArguments.length) return [new BadUserInputError(badArguments)];
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions are served over WebSocket; use POST /graphql.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const connection = connections.of(ctx.extra.socket)!;
        const em = dependencies.orm.em.fork();
        let contextValue;
        try {
          contextValue = new RequestScope({ app: dependencies, em, viewer: await connection.currentViewer(em) });
        } catch (error) {
          return [
            error instanceof GraphQLError
              ? error
              : new GraphQLError('The viewer could not be resolved.', { originalError: error as Error }),
          ];
        }
        bindConnection(contextValue, connection);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        } satisfies ExecutionArgs;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(format) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
    },
    wsServer,
  );
  // graphql-ws prints every socket error to the console. ws has closed such a socket already (1009
  // for an oversized message, 1002 for a broken frame), so a throttled line says enough.
  wsServer.on('connection', (socket: WebSocket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => log('warn', 'a live connection broke the protocol', { err: error }));
  });
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          stopSweep();
          await cleanup.dispose();
        },
      };
    },
  };
}

/** A parse or validation error with the code Apollo gives it over HTTP. */
function coded(error: unknown, code: string): GraphQLError {
  const original = error instanceof GraphQLError ? error : new GraphQLError('The document cannot be parsed.');
  return new GraphQLError(original.message, {
    nodes: original.nodes,
    source: original.source,
    positions: original.positions,
    originalError: original,
    extensions: { ...original.extensions, code },
  });
}

import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { parseCookie } from 'cookie';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { resolveViewer, sessionCookieName } from '../accounts/sessions.js';
import { createContext, type AppDependencies } from '../context.js';

/**
 * GraphQL subscriptions over `graphql-ws` on the same port and path as the API. The session
 * cookie of the upgrade request says who is listening; only subscriptions travel this way.
 */
export function attachSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  dependencies: AppDependencies;
  validationRules: ValidationRule[];
}): ApolloServerPlugin {
  const { httpServer, schema, dependencies } = options;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // A page on another site must not listen with this browser's session.
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) =>
      !origin || new URL(origin).host === req.headers.host,
  });
  const cleanup = useServer(
    {
      schema,
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The document cannot be parsed.')];
        }
        // The same limits as over HTTP: depth, cost, aliases.
        const problems = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (problems.length) return [...problems];
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions are served over WebSocket; use POST /graphql.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        return undefined;
      },
      context: async (ctx) => {
        const em = dependencies.orm.em.fork();
        const cookies = parseCookie(ctx.extra.request.headers.cookie ?? '');
        const viewer = await resolveViewer(em, cookies[sessionCookieName]);
        return createContext({ app: dependencies, em, viewer });
      },
    },
    wsServer,
  );
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await cleanup.dispose();
        },
      };
    },
  };
}

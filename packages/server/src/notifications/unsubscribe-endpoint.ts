import express, { type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { NotificationService } from './notification.service.js';

/**
 * `POST /unsubscribe/:token` with `List-Unsubscribe=One-Click` (RFC 8058): what a mail client
 * sends when the person presses its own "unsubscribe". No session and no page: the token is the
 * right. 200 once stopped (again: still 200), 404 for an unknown token, 400 for another body.
 */
export function oneClickUnsubscribe(scopeFor: () => RequestScope): RequestHandler[] {
  return [
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (request, response, next) => {
      if ((request.body as Record<string, unknown> | undefined)?.['List-Unsubscribe'] !== 'One-Click')
        return void response.status(400).json({ error: 'expected List-Unsubscribe=One-Click' });
      try {
        const done = await scopeFor().get(NotificationService).unsubscribe(String(request.params.token));
        response.status(200).json({ unsubscribed: done.done });
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT)
          return void response.status(404).json({ error: 'unknown unsubscribe link' });
        next(error);
      }
    },
  ];
}

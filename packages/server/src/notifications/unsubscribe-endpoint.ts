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
    // RFC 8058 allows the same one field as multipart/form-data; it is read as text.
    express.text({ type: 'multipart/form-data', limit: '2kb' }),
    async (request, response, next) => {
      if (!isOneClick(request.body))
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

/** Whether the body is `List-Unsubscribe=One-Click`, as a form field or a multipart part. */
function isOneClick(body: unknown): boolean {
  if (typeof body === 'string') return /name="List-Unsubscribe"\r?\n(?:[^\r\n]+\r?\n)*\r?\nOne-Click\r?\n/.test(body);
  return (body as Record<string, unknown> | undefined)?.['List-Unsubscribe'] === 'One-Click';
}

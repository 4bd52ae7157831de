import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage } from 'node:http';
import { parseCookie, type SerializeOptions } from 'cookie';
import { hashToken, newToken } from '../common/tokens.js';
import type { HttpExchange } from '../http/http-exchange.js';
import { Affiliation } from './affiliation.entity.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';
import { Viewer } from './viewer.js';

export const sessionCookieName = 'telka_session';
const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
/** Sliding expiry is refreshed at most this often, so reads don't write on every request. */
const touchIntervalMs = 10 * 60 * 1000;

function cookieOptions(secure: boolean, expires: Date): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', expires };
}

/** Starts a session for `user` and sets its cookie on the response. */
export async function startSession(em: EntityManager, user: User, http: HttpExchange): Promise<Session> {
  const token = newToken();
  const now = new Date();
  const session = em.create(Session, {
    user,
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
    userAgent: http.userAgent?.slice(0, 500) ?? null,
    ip: http.clientAddress,
  });
  em.persist(session);
  http.setCookie(sessionCookieName, token, cookieOptions(http.secureCookies, session.expiresAt));
  return session;
}

/** Tells the browser to forget the session cookie (an expiry in the past, as browsers expect). */
export function clearSessionCookie(http: HttpExchange): void {
  http.setCookie(sessionCookieName, '', cookieOptions(http.secureCookies, new Date(1)));
}

/** The session token the request's cookie carries, if any. */
export function sessionTokenOf(request: IncomingMessage): string | undefined {
  return request.headers.cookie ? parseCookie(request.headers.cookie)[sessionCookieName] : undefined;
}

/** The viewer behind the request's session cookie; a visitor when there is none or it expired. */
export async function resolveViewer(em: EntityManager, token: string | undefined): Promise<Viewer> {
  if (!token) return Viewer.visitor;
  const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
  const now = new Date();
  if (!session || session.expiresAt <= now) return Viewer.visitor;

  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await em.nativeUpdate(
      Session,
      { id: session.id },
      { lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionLifetimeMs) },
    );
  }
  const affiliations = await em.find(Affiliation, { user: session.user }, { fields: ['role', 'organisation'] });
  return new Viewer(
    session.user,
    affiliations.map((a) => ({ organisationId: a.organisation.id, role: a.role })),
    session.id,
  );
}

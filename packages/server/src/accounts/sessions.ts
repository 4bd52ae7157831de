import type { EntityManager } from '@mikro-orm/postgresql';
import type { CookieOptions, Request, Response } from 'express';
import { hashToken, newToken } from '../common/tokens.js';
import { Affiliation } from './affiliation.entity.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';
import { Viewer } from './viewer.js';

export const sessionCookieName = 'telka_session';
const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
/** Sliding expiry is refreshed at most this often, so reads don't write on every request. */
const touchIntervalMs = 10 * 60 * 1000;

function cookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(expires ? { expires } : {}) };
}

/** Starts a session for `user` and sets its cookie on the response. */
export async function startSession(
  em: EntityManager,
  user: User,
  http: { request: Request; response: Response; secureCookies: boolean },
): Promise<Session> {
  const token = newToken();
  const now = new Date();
  const session = em.create(Session, {
    user,
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
    userAgent: http.request.get('user-agent')?.slice(0, 500) ?? null,
    ip: http.request.ip ?? null,
  });
  em.persist(session);
  http.response.cookie(sessionCookieName, token, cookieOptions(http.secureCookies, session.expiresAt));
  return session;
}

export function clearSessionCookie(response: Response, secureCookies: boolean): void {
  response.clearCookie(sessionCookieName, cookieOptions(secureCookies));
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

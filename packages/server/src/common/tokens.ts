import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets that travel in a cookie or a link (sessions, invitations, password resets,
 * unsubscribing): 256 random bits, of which only the SHA-256 is stored, so a copy of the
 * database opens nothing.
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

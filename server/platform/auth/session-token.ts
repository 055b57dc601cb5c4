/**
 * 会话令牌 — the secrets of sessions and API tokens, and how they are stored. Only hashes reach the database: a
 * session's id is sha256(token); its CSRF token is derived from the session token, so `me` can return it again
 * without the database holding it in clear.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;
const API_TOKEN_PREFIX = 'zjsc';
const API_TOKEN = /^zjsc_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function generateSessionToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The session's id in the database. */
export function sessionIdOf(token: string): string {
  return sha256Hex(token);
}

/** The CSRF token of a session: HMAC of a fixed label under the session token. */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('zjsc csrf').digest('base64url');
}

/** Compares hex digests in constant time. */
export function isSameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** An API token: `zjsc_<12-char id>_<43-char secret>`; the id is public and names the token in lists. */
export interface ApiTokenParts {
  id: string;
  token: string;
  hash: string;
}

export function generateApiToken(): ApiTokenParts {
  const id = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const token = `${API_TOKEN_PREFIX}_${id}_${randomBytes(TOKEN_BYTES).toString('base64url')}`;
  return { id, token, hash: sha256Hex(token) };
}

/** The id of a well-formed API token, or null. */
export function parseApiToken(token: string): string | null {
  return API_TOKEN.exec(token)?.[1] ?? null;
}

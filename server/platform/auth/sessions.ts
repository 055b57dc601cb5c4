/**
 * 会话存储 — sessions in PostgreSQL, so any app node can serve any request and a revocation takes effect
 * everywhere at once. The cookie's token is never stored: the row's id is its sha256.
 */
import type pg from 'pg';
import type { AuthSettings } from './auth-settings';
import { csrfTokenOf, generateSessionToken, sessionIdOf, sha256Hex } from './session-token';

/** A session just created: the token goes into the cookie, the CSRF token to the client, once. */
export interface NewSession {
  token: string;
  sessionId: string;
  csrfToken: string;
}

export interface NewSessionInput {
  userId: string;
  actingUnitId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
}

export async function createSession(client: pg.ClientBase, input: NewSessionInput, settings: AuthSettings): Promise<NewSession> {
  const token = generateSessionToken();
  const sessionId = sessionIdOf(token);
  const csrfToken = csrfTokenOf(token);
  const now = settings.now();
  const absolute = new Date(now.getTime() + settings.absoluteTimeoutMs);
  const idle = new Date(Math.min(now.getTime() + settings.idleTimeoutMs, absolute.getTime()));
  await client.query(
    `insert into sessions (id, user_id, acting_unit_id, csrf_token_hash, created_at, last_seen_at, idle_expires_at,
                           absolute_expires_at, client_address, user_agent)
     values ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9)`,
    [sessionId, input.userId, input.actingUnitId, sha256Hex(csrfToken), now, idle, absolute, input.clientAddress,
      input.userAgent?.slice(0, 300) ?? null],
  );
  return { token, sessionId, csrfToken };
}

/** Revokes one session; returns whether it was live. */
export async function revokeSession(client: pg.ClientBase, sessionId: string, now: Date, userId?: string): Promise<boolean> {
  const result = await client.query(
    `update sessions set revoked_at = $2 where id = $1 and revoked_at is null and ($3::uuid is null or user_id = $3)`,
    [sessionId, now, userId ?? null],
  );
  return (result.rowCount ?? 0) > 0;
}

/** Revokes every live session of a user except `keepSessionId`; returns how many. */
export async function revokeUserSessions(
  client: pg.ClientBase,
  userId: string,
  now: Date,
  keepSessionId: string | null = null,
): Promise<number> {
  const result = await client.query(
    `update sessions set revoked_at = $2
      where user_id = $1 and revoked_at is null and ($3::text is null or id <> $3)
        and idle_expires_at > $2 and absolute_expires_at > $2`,
    [userId, now, keepSessionId],
  );
  return result.rowCount ?? 0;
}

export async function setSessionActingUnit(client: pg.ClientBase, sessionId: string, unitId: string): Promise<void> {
  await client.query('update sessions set acting_unit_id = $2 where id = $1', [sessionId, unitId]);
}

/** 会话列表项 — a live session as the profile page lists it. */
export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  clientAddress: string | null;
  userAgent: string | null;
  actingUnitId: string | null;
}

export async function listLiveSessions(db: pg.Pool | pg.ClientBase, userId: string, now: Date): Promise<SessionSummary[]> {
  const { rows } = await db.query<SessionSummary>(
    `select id, created_at as "createdAt", last_seen_at as "lastSeenAt",
            least(idle_expires_at, absolute_expires_at) as "expiresAt", client_address as "clientAddress",
            user_agent as "userAgent", acting_unit_id as "actingUnitId"
       from sessions
      where user_id = $1 and revoked_at is null and idle_expires_at > $2 and absolute_expires_at > $2
      order by last_seen_at desc`,
    [userId, now],
  );
  return rows;
}

/**
 * 加载身份 — one query per request (none while the identity cache holds it): the session (or API token), its user, the user's grants in the acting unit
 * with their roles' permissions, and the acting unit's subtree and territory, which is all scopes need.
 */
import type pg from 'pg';
import type { Grant } from '../../../core/access/data-scope';
import { AppError } from '../../../core/errors';
import { createAuthContext, type AuthContext } from './auth-context';
import type { AuthSettings } from './auth-settings';
import type { IdentityCache } from './identity-cache';
import { csrfTokenOf, isSameDigest, parseApiToken, sessionIdOf, sha256Hex } from './session-token';

interface AuthRow {
  user_id: string;
  acting_unit_id: string | null;
  username: string;
  display_name: string;
  status: string;
  must_change_password: boolean;
  grants: Grant[];
  body_ids: string[];
  town_codes: string[];
  subtree_ids: string[];
}

// `k` is the session or token row; this part is the same for both.
const IDENTITY_COLUMNS = `
       u.username, u.display_name, u.status, u.must_change_password,
       coalesce((select json_agg(json_build_object('roleId', g.role_id, 'unitId', g.unit_id, 'scope', g.scope,
                                                   'permissions', r.permissions))
                   from grants g join roles r on r.id = g.role_id
                  where g.user_id = k.user_id and g.unit_id = k.acting_unit_id), '[]') as grants,
       array(select t.body_id from unit_territory t where t.unit_id = k.acting_unit_id and t.body_id is not null) as body_ids,
       array(select t.town_code from unit_territory t where t.unit_id = k.acting_unit_id and t.town_code is not null) as town_codes,
       case when k.acting_unit_id is null then '{}'::text[] else array(select unit_subtree(k.acting_unit_id)) end as subtree_ids`;

// Named, so each pooled connection prepares them once: this runs on every request, and planning it cost more
// than executing it (0.36 ms against 0.25 ms), which made PostgreSQL's CPU the limit of API throughput.
const SESSION_SQL = `
  select k.id, k.user_id, k.acting_unit_id, k.csrf_token_hash, k.last_seen_at, k.idle_expires_at,
         k.absolute_expires_at, k.revoked_at, ${IDENTITY_COLUMNS}
    from sessions k join users u on u.id = k.user_id
   where k.id = $1`;

const TOKEN_SQL = `
  select k.id, k.user_id, k.acting_unit_id, k.token_hash, k.permissions, k.revoked_at, k.expires_at, k.last_used_at,
         ${IDENTITY_COLUMNS}
    from api_tokens k join users u on u.id = k.user_id
   where k.id = $1`;

interface SessionRow extends AuthRow {
  id: string;
  csrf_token_hash: string;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  revoked_at: Date | null;
}

/**
 * The identity behind a session cookie. Unknown token → UNAUTHENTICATED; timed out, revoked or user no longer
 * active → SESSION_EXPIRED (the UI then returns to the login page and back). Refreshes the idle expiry at most
 * once per touch interval.
 */
export async function authenticateSession(
  pool: pg.Pool,
  token: string,
  settings: AuthSettings,
  cache?: IdentityCache,
): Promise<AuthContext> {
  const sessionId = sessionIdOf(token);
  const row = await loadRow<SessionRow>(pool, cache, `s:${sessionId}`, 'auth-session', SESSION_SQL, sessionId);
  if (!row) throw new AppError('UNAUTHENTICATED');
  const now = settings.now();
  const isExpired = row.idle_expires_at <= now || row.absolute_expires_at <= now;
  if (row.revoked_at !== null || isExpired || row.status !== 'active') throw new AppError('SESSION_EXPIRED');

  if (now.getTime() - row.last_seen_at.getTime() >= settings.touchIntervalMs) {
    const idle = new Date(Math.min(now.getTime() + settings.idleTimeoutMs, row.absolute_expires_at.getTime()));
    await pool.query('update sessions set last_seen_at = $2, idle_expires_at = $3 where id = $1', [sessionId, now, idle]);
    row.last_seen_at = now;
    row.idle_expires_at = idle;
  }
  return toAuthContext(row, { kind: 'session', sessionId, csrfToken: csrfTokenOf(token) }, null);
}

interface TokenRow extends AuthRow {
  id: string;
  token_hash: string;
  permissions: string[];
  revoked_at: Date | null;
  expires_at: Date | null;
  last_used_at: Date | null;
}

/** The identity behind an API token; its grants are narrowed to the token's permissions, scopes unchanged. */
export async function authenticateApiToken(
  pool: pg.Pool,
  token: string,
  settings: AuthSettings,
  cache?: IdentityCache,
): Promise<AuthContext> {
  const tokenId = parseApiToken(token);
  if (!tokenId) throw new AppError('UNAUTHENTICATED');
  const row = await loadRow<TokenRow>(pool, cache, `t:${tokenId}`, 'auth-token', TOKEN_SQL, tokenId);
  const now = settings.now();
  if (!row || !isSameDigest(row.token_hash, sha256Hex(token))) throw new AppError('UNAUTHENTICATED');
  if (row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now) || row.status !== 'active') {
    throw new AppError('UNAUTHENTICATED');
  }
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= settings.touchIntervalMs) {
    await pool.query('update api_tokens set last_used_at = $2 where id = $1', [tokenId, now]);
    row.last_used_at = now;
  }
  return toAuthContext(row, { kind: 'token', tokenId }, new Set(row.permissions));
}

// Rows are cached whole and checked on every use, so expiry and the token digest are never taken from the cache.
async function loadRow<T>(pool: pg.Pool, cache: IdentityCache | undefined, key: string, name: string, text: string, id: string): Promise<T | undefined> {
  const load = async () => (await pool.query({ name, text, values: [id] })).rows[0] as T | undefined;
  return cache ? cache.getOrLoad(key, load) : load();
}

function toAuthContext(row: AuthRow, via: AuthContext['via'], allowed: Set<string> | null): AuthContext {
  const grants = allowed
    ? row.grants.map((g) => ({ ...g, permissions: g.permissions.filter((p) => allowed.has(p)) }))
    : row.grants;
  return createAuthContext({
    user: {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      mustChangePassword: row.must_change_password,
    },
    actingUnitId: row.acting_unit_id,
    via,
    grants,
    scope: { subtreeIds: row.subtree_ids, territory: { bodyIds: row.body_ids, townCodes: row.town_codes } },
  });
}

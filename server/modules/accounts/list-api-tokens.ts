import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { iso } from './accounts.schema';

/** API 令牌列表 — the caller's own tokens, never their secrets. */
export async function listApiTokens(pool: pg.Pool, auth: AuthContext) {
  const { rows } = await pool.query<{
    id: string;
    name: string;
    actingUnitId: string;
    permissions: string[];
    createdAt: Date;
    lastUsedAt: Date | null;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }>(
    `select id, name, acting_unit_id as "actingUnitId", permissions, created_at as "createdAt",
            last_used_at as "lastUsedAt", expires_at as "expiresAt", revoked_at as "revokedAt"
       from api_tokens where user_id = $1 order by created_at desc`,
    [auth.user.id],
  );
  return rows.map((row) => ({
    ...row,
    createdAt: iso(row.createdAt),
    lastUsedAt: iso(row.lastUsedAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    abilities: row.revokedAt ? [] : ['revoke'],
  }));
}

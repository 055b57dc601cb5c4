import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { generateApiToken, type AuthContext, type AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertDeclaredPermissions } from './roles.repository';

/**
 * 创建 API 令牌 — for a system integration: acts for the caller's current unit with a subset of the permissions
 * held there (the scopes stay those of the caller's grants). The token is returned once and stored hashed.
 * Only a browser session may create one: a token cannot mint tokens.
 */
export async function createApiToken(
  pool: pg.Pool,
  settings: AuthSettings,
  auth: AuthContext,
  input: { name: string; permissions: string[]; expiresInDays?: number | undefined },
  meta: AuditMeta,
) {
  if (auth.via.kind !== 'session' || !auth.actingUnitId) throw new AppError('FORBIDDEN');
  const permissions = [...new Set(input.permissions)].sort();
  assertDeclaredPermissions(permissions);
  const held = new Set(auth.permissions());
  const beyond = permissions.filter((p) => !held.has(p));
  if (beyond.length > 0) throw new AppError('PERMISSION_NOT_GRANTABLE', { permissions: beyond });
  const now = settings.now();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const { id, token, hash } = generateApiToken();
  const actingUnitId = auth.actingUnitId;
  await inTransaction(pool, async (client) => {
    await client.query(
      `insert into api_tokens (id, token_hash, name, user_id, acting_unit_id, permissions, created_by, created_at, expires_at)
       values ($1, $2, $3, $4, $5, $6, $4, $7, $8)`,
      [id, hash, input.name, auth.user.id, actingUnitId, permissions, now, expiresAt],
    );
    await recordAudit(client, meta, {
      action: 'api-token.create',
      objectType: 'api-token',
      objectId: id,
      after: { name: input.name, actingUnitId, permissions, expiresAt },
    });
  });
  return {
    id,
    token,
    name: input.name,
    actingUnitId,
    permissions,
    createdAt: now.toISOString(),
    lastUsedAt: null,
    expiresAt: expiresAt?.toISOString() ?? null,
    revokedAt: null,
    abilities: ['revoke'],
  };
}

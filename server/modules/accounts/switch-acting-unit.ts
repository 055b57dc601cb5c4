import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { setSessionActingUnit, type AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { isMember } from './users.repository';

/**
 * 切换当前单位 — the session acts for another unit the user belongs to from now on (and the next login starts
 * there). Grants held in other units stop applying.
 */
export async function switchActingUnit(pool: pg.Pool, auth: AuthContext, unitId: string, meta: AuditMeta): Promise<void> {
  if (auth.via.kind !== 'session') throw new AppError('FORBIDDEN');
  const sessionId = auth.via.sessionId;
  await inTransaction(pool, async (client) => {
    if (!(await isMember(client, auth.user.id, unitId))) throw new AppError('UNIT_NOT_MEMBER', { unitId });
    await setSessionActingUnit(client, sessionId, unitId);
    await client.query('update users set last_acting_unit_id = $2 where id = $1', [auth.user.id, unitId]);
    await recordAudit(client, { ...meta, actingUnitId: unitId }, {
      action: 'auth.switch-acting-unit',
      objectType: 'session',
      objectId: sessionId,
      before: { actingUnitId: auth.actingUnitId },
      after: { actingUnitId: unitId },
    });
  });
}

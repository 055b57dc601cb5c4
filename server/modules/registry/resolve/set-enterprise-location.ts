/**
 * 手工定位企业 — an officer places an enterprise by a point or by its town. The location is 'manual': every later
 * resolution keeps it (it follows the enterprise's records). Scope-checked on the enterprise as it is before the
 * move; the open review pairs of the enterprise move with it; audited.
 */
import type pg from 'pg';
import type { Crs } from '../../../../core/territory';
import { assertAccess, type AuthContext } from '../../../platform/auth';
import { inTransaction } from '../../../platform/db/transaction';
import type { Territory } from '../../territory';
import { locateByPoint, locateByTown } from '../locate/locate-by-hand';
import { ENTERPRISE_OBJECT, REVIEW_PERMISSIONS } from './review-access';
import { recordAudit, type AuditMeta } from '../../../platform/audit';
import { lockRegistry } from './registry-lock';

/** 手工位置 — a point (WGS-84 unless `crs` says otherwise) or a town. */
export type ManualLocationInput = { lng: number; lat: number; crs?: Crs } | { townCode: string };

export async function setEnterpriseLocation(
  pool: pg.Pool,
  zoneId: string,
  territory: Territory,
  auth: AuthContext,
  input: { enterpriseId: string; location: ManualLocationInput },
  meta: AuditMeta,
): Promise<void> {
  const location = 'townCode' in input.location ? locateByTown(territory, input.location.townCode) : locateByPoint(territory, input.location);
  await inTransaction(pool, async (client) => {
    await lockRegistry(client, zoneId);
    await assertAccess(client, auth, ENTERPRISE_OBJECT, input.enterpriseId, REVIEW_PERMISSIONS, 'enterprise');
    const before = await client.query(
      `select area, in_zone, town_code, body_id, community, lng, lat, located_by from registry_enterprises where id = $1 for update`,
      [input.enterpriseId],
    );
    await client.query(
      `update registry_enterprises
          set area = $2, in_zone = $3, town_code = $4, body_id = $5, community = $6, lng = $7, lat = $8, located_by = 'manual', updated_at = now()
        where id = $1`,
      [input.enterpriseId, location.area, location.inZone, location.townCode, location.bodyId, location.community, location.lng, location.lat],
    );
    await client.query(
      `update registry_review_items set town_code = $2, body_id = $3
        where zone_id = $4 and status = 'open' and (enterprise_a = $1 or (enterprise_b = $1 and town_code is null and body_id is null))`,
      [input.enterpriseId, location.townCode, location.bodyId, zoneId],
    );
    await recordAudit(client, meta, {
      action: 'registry.enterprise.locate',
      objectType: 'registry-enterprise',
      objectId: input.enterpriseId,
      before: before.rows[0],
      after: location,
    });
  });
}

import type pg from 'pg';
import { AppError } from '../../../core/errors';

/** The one expert-pool unit (专家库); experts belong to it. */
export const EXPERT_POOL_UNIT_ID = 'expert-pool';

/**
 * 专家库 — makes sure the expert pool unit exists under the zone's root (at every start, after the zone pack:
 * the pack does not list it). Idempotent; brings it back if a pack apply retired it.
 */
export async function ensureExpertPool(db: pg.Pool | pg.ClientBase, zoneId: string): Promise<void> {
  await db.query(
    `insert into org_units (id, zone_id, kind, name, name_en, parent_id, attributes, source, verified, sort_order)
     values ($1, $2, 'expert-pool', '专家库', 'Expert pool', $3, '{}', 'platform', true, 10000)
     on conflict (id) do update set retired_at = null, parent_id = excluded.parent_id
      where org_units.retired_at is not null or org_units.parent_id is distinct from excluded.parent_id`,
    [EXPERT_POOL_UNIT_ID, zoneId, await getZoneRootUnitId(db, zoneId)],
  );
}

/** The root unit (kind zone) of a loaded zone; the platform administrator belongs to it. */
export async function getZoneRootUnitId(db: pg.Pool | pg.ClientBase, zoneId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `select id from org_units where zone_id = $1 and kind = 'zone' and retired_at is null order by sort_order limit 1`,
    [zoneId],
  );
  if (!rows[0]) throw new AppError('NOT_FOUND', { what: `zone ${zoneId} (load its zone pack first)` });
  return rows[0].id;
}

import type pg from 'pg';
import { AppError } from '../../../core/errors';

/** A body id must name a body unit, a town code a town of the zone; otherwise a 400 naming the field. */
export async function checkLocation(
  db: pg.Pool | pg.ClientBase,
  zoneId: string,
  location: { bodyId?: string | null | undefined; townCode?: string | null | undefined },
): Promise<void> {
  if (location.bodyId) {
    const { rowCount } = await db.query(
      `select 1 from org_units where id = $1 and zone_id = $2 and kind = 'body' and retired_at is null`,
      [location.bodyId, zoneId],
    );
    if (!rowCount) throw new AppError('UNIT_INVALID', { field: 'bodyId', unitId: location.bodyId });
  }
  if (location.townCode) {
    const { rowCount } = await db.query(
      `select 1 from org_units where code = $1 and zone_id = $2 and kind = 'town' and retired_at is null`,
      [location.townCode, zoneId],
    );
    if (!rowCount) throw new AppError('UNIT_INVALID', { field: 'townCode', unitId: location.townCode });
  }
}

import type pg from 'pg';

/**
 * 区内地名 — the zone's town names and their short forms (张江镇 → 张江), which firms put in front of their names as
 * they do 上海 or 浦东. The same list the write side strips when it builds name_key (resolve/resolution-context). Read once when the routes start: towns change only with the zone pack, which restarts them.
 */
export async function loadZonePlaceNames(pool: pg.Pool, zoneId: string): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `select name from org_units where zone_id = $1 and kind = 'town' and retired_at is null`,
    [zoneId],
  );
  const names = new Set<string>();
  for (const { name } of rows) {
    names.add(name);
    const short = name.replace(/(新镇|街道|镇|乡)$/u, '');
    if (short.length >= 2 && short !== name) names.add(short);
  }
  return [...names];
}

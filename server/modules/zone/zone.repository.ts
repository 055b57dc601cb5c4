/**
 * 园区概况查询 — the SQL behind the home page: the zone, its counts, working groups, bodies, towns and the
 * responsibility matrix. Retired units and matters are left out everywhere.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { UnitKind, ZoneSummary } from '../../../core/zone';

export async function getZoneSummary(pool: pg.Pool, zoneId: string): Promise<ZoneSummary> {
  const [zone, counts, units, responsibilities] = await Promise.all([
    pool.query<{ id: string; name: string; nameEn: string }>(
      'select id, name, name_en as "nameEn" from zones where id = $1',
      [zoneId],
    ),
    pool.query<ZoneSummary['counts']>(
      `select count(*) filter (where kind = 'town')::int             as towns,
              count(*) filter (where kind = 'body')::int             as bodies,
              count(*) filter (where kind = 'department')::int       as departments,
              count(*) filter (where kind = 'working-group')::int    as "workingGroups",
              count(*) filter (where kind = 'statistical-unit')::int as "statisticalUnits"
         from org_units
        where zone_id = $1 and retired_at is null`,
      [zoneId],
    ),
    pool.query<UnitRow>(
      `select id, kind, name, name_en as "nameEn", code, area, verified,
              attributes ->> 'shortName'    as "shortName",
              attributes ->> 'approvalMark' as "approvalMark"
         from org_units
        where zone_id = $1 and retired_at is null and kind in ('working-group', 'body', 'town')
        order by sort_order`,
      [zoneId],
    ),
    pool.query<ZoneSummary['responsibilities'][number]>(
      `select r.id, r.matter, r.matter_en as "matterEn", r.support_kinds as "supportKinds", r.note, r.source,
              r.verified,
              coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'nameEn', u.name_en)
                                order by ru.sort_order) filter (where ru.role = 'lead'), '[]') as lead,
              coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'nameEn', u.name_en)
                                order by ru.sort_order) filter (where ru.role = 'support'), '[]') as support
         from responsibilities r
         left join responsibility_units ru on ru.responsibility_id = r.id
         left join org_units u on u.id = ru.org_unit_id
        where r.zone_id = $1 and r.retired_at is null
        group by r.id
        order by r.sort_order`,
      [zoneId],
    ),
  ]);
  const zoneRow = zone.rows[0];
  if (!zoneRow) throw new AppError('NOT_FOUND', { what: `zone "${zoneId}"` });
  const ofKind = (kind: UnitKind) => units.rows.filter((u) => u.kind === kind);
  return {
    zone: zoneRow,
    counts: counts.rows[0]!,
    workingGroups: ofKind('working-group').map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    bodies: ofKind('body').map(({ id, name, nameEn, shortName, area, approvalMark, verified }) => ({
      id,
      name,
      nameEn,
      shortName,
      area: area as 'original' | 'expansion',
      approvalMark,
      verified,
    })),
    towns: ofKind('town').map(({ code, name, nameEn, verified }) => ({ code: code!, name, nameEn, verified })),
    responsibilities: responsibilities.rows,
  };
}

interface UnitRow {
  id: string;
  kind: UnitKind;
  name: string;
  nameEn: string;
  code: string | null;
  area: string | null;
  verified: boolean;
  shortName: string | null;
  approvalMark: string | null;
}

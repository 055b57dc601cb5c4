/**
 * 写入组织 — makes org_units match the pack's units: inserts new ones, updates changed ones (only those: an
 * unchanged row keeps its updated_at), retires those the pack no longer lists. Runs inside applyZonePack's
 * transaction.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { OrgUnit } from '../../../core/zone';

export interface UnitChanges {
  written: number;
  retired: number;
}

export async function writeZoneUnits(client: pg.PoolClient, zoneId: string, units: OrgUnit[]): Promise<UnitChanges> {
  const ids = units.map((u) => u.id);
  await refuseForeignIds(client, zoneId, ids);

  // Retire first: a retired unit frees its code for a unit that replaces it under a new id. Only units that come
  // from the pack are the pack's to retire: enterprises and the expert pool are created at run time.
  const retired = await client.query(
    `update org_units set retired_at = now(), updated_at = now()
      where zone_id = $1 and retired_at is null and not (id = any($2::text[]))
        and kind not in ('enterprise', 'expert-pool')`,
    [zoneId, ids],
  );

  const written = await client.query(
    `insert into org_units as u
            (id, zone_id, kind, name, name_en, code, code12, parent_id, area, attributes, source, verified, sort_order)
     select r.id, $1, r.kind, r.name, r.name_en, r.code, r.code12, r.parent_id, r.area, r.attributes, r.source,
            r.verified, r.sort_order
       from jsonb_to_recordset($2::jsonb) as r (id text, kind text, name text, name_en text, code text, code12 text,
            parent_id text, area text, attributes jsonb, source text, verified boolean, sort_order integer)
     on conflict (id) do update
        set kind = excluded.kind, name = excluded.name, name_en = excluded.name_en, code = excluded.code,
            code12 = excluded.code12, parent_id = excluded.parent_id, area = excluded.area,
            attributes = excluded.attributes, source = excluded.source, verified = excluded.verified,
            sort_order = excluded.sort_order, retired_at = null, updated_at = now()
      where (u.kind, u.name, u.name_en, u.code, u.code12, u.parent_id, u.area, u.attributes, u.source, u.verified,
             u.sort_order, u.retired_at)
            is distinct from
            (excluded.kind, excluded.name, excluded.name_en, excluded.code, excluded.code12, excluded.parent_id,
             excluded.area, excluded.attributes, excluded.source, excluded.verified, excluded.sort_order,
             null::timestamptz)`,
    [zoneId, JSON.stringify(units.map(toRow))],
  );
  return { written: written.rowCount ?? 0, retired: retired.rowCount ?? 0 };
}

// Unit ids are global (other tables refer to them by id alone): a pack must not take over another zone's unit.
async function refuseForeignIds(client: pg.PoolClient, zoneId: string, ids: string[]): Promise<void> {
  const clash = await client.query<{ id: string; zone_id: string }>(
    'select id, zone_id from org_units where id = any($1::text[]) and zone_id <> $2 limit 1',
    [ids, zoneId],
  );
  const row = clash.rows[0];
  if (row) {
    throw new AppError('ZONE_PACK_INVALID', {
      file: 'organisations.yaml',
      path: `units[${ids.indexOf(row.id)}].id`,
      reason: `id "${row.id}" already belongs to zone "${row.zone_id}" in this database`,
    });
  }
}

function toRow(unit: OrgUnit, index: number) {
  const attributes: Record<string, unknown> = { shortName: unit.shortName, note: unit.note };
  if (unit.kind === 'body') attributes.approvalMark = unit.approvalMark;
  if (unit.kind === 'town') attributes.townKind = unit.townKind;
  if ('codeSource' in unit) attributes.codeSource = unit.codeSource;
  return {
    id: unit.id,
    kind: unit.kind,
    name: unit.name,
    name_en: unit.nameEn,
    code: 'code' in unit ? unit.code : null,
    code12: 'code12' in unit ? unit.code12 : null,
    parent_id: unit.parent,
    area: unit.kind === 'body' ? unit.area : null,
    // JSON.stringify drops undefined members, so absent facts leave no key behind.
    attributes,
    source: unit.source,
    verified: unit.verified,
    sort_order: index,
  };
}

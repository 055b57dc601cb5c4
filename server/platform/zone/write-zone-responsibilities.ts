/**
 * 写入责任分工 — makes responsibilities and their lead/support units match the pack. Changed rows only are
 * written; a matter whose lead or support units changed gets a new updated_at; a matter the pack no longer lists
 * is retired and keeps its last units. Runs inside applyZonePack's transaction.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { Responsibility } from '../../../core/zone';

export interface ResponsibilityChanges {
  written: number;
  retired: number;
}

export async function writeZoneResponsibilities(
  client: pg.PoolClient,
  zoneId: string,
  rows: Responsibility[],
): Promise<ResponsibilityChanges> {
  const ids = rows.map((r) => r.id);
  await refuseForeignIds(client, zoneId, ids);
  const retired = await client.query(
    `update responsibilities set retired_at = now(), updated_at = now()
      where zone_id = $1 and retired_at is null and not (id = any($2::text[]))`,
    [zoneId, ids],
  );
  const written = await client.query<{ id: string }>(
    `insert into responsibilities as r
            (id, zone_id, matter, matter_en, support_kinds, note, note_en, source, verified, sort_order)
     select d.id, $1, d.matter, d.matter_en, d.support_kinds, d.note, d.note_en, d.source, d.verified, d.sort_order
       from jsonb_to_recordset($2::jsonb) as d (id text, matter text, matter_en text, support_kinds text[], note text,
            note_en text, source text, verified boolean, sort_order integer)
     on conflict (id) do update
        set matter = excluded.matter, matter_en = excluded.matter_en, support_kinds = excluded.support_kinds,
            note = excluded.note, note_en = excluded.note_en, source = excluded.source, verified = excluded.verified,
            sort_order = excluded.sort_order, retired_at = null, updated_at = now()
      where (r.matter, r.matter_en, r.support_kinds, r.note, r.note_en, r.source, r.verified, r.sort_order, r.retired_at)
            is distinct from
            (excluded.matter, excluded.matter_en, excluded.support_kinds, excluded.note, excluded.note_en,
             excluded.source, excluded.verified, excluded.sort_order, null::timestamptz)
     returning r.id`,
    [zoneId, JSON.stringify(rows.map(toRow))],
  );
  const relinked = await writeLinks(client, rows);
  const untouched = relinked.filter((id) => !written.rows.some((row) => row.id === id));
  if (untouched.length > 0) {
    await client.query('update responsibilities set updated_at = now() where id = any($1::text[])', [untouched]);
  }
  return { written: written.rows.length + untouched.length, retired: retired.rowCount ?? 0 };
}

/** Syncs responsibility_units of the listed matters; returns the ids of matters whose units changed. */
async function writeLinks(client: pg.PoolClient, rows: Responsibility[]): Promise<string[]> {
  const links = rows.flatMap((row) => [
    ...row.lead.map((unitId, i) => ({ responsibility_id: row.id, org_unit_id: unitId, role: 'lead', sort_order: i })),
    ...row.support.map((unitId, i) => ({ responsibility_id: row.id, org_unit_id: unitId, role: 'support', sort_order: i })),
  ]);
  const linkSet = (param: string) =>
    `jsonb_to_recordset(${param}::jsonb) as d (responsibility_id text, org_unit_id text, role text, sort_order integer)`;
  const removed = await client.query<{ responsibility_id: string }>(
    `delete from responsibility_units ru
      where ru.responsibility_id = any($1::text[])
        and not exists (select 1 from ${linkSet('$2')}
                         where (d.responsibility_id, d.org_unit_id, d.role, d.sort_order)
                               = (ru.responsibility_id, ru.org_unit_id, ru.role, ru.sort_order))
     returning ru.responsibility_id`,
    [rows.map((r) => r.id), JSON.stringify(links)],
  );
  const added = await client.query<{ responsibility_id: string }>(
    `insert into responsibility_units (responsibility_id, org_unit_id, role, sort_order)
     select d.responsibility_id, d.org_unit_id, d.role, d.sort_order from ${linkSet('$1')}
     on conflict do nothing
     returning responsibility_id`,
    [JSON.stringify(links)],
  );
  return [...new Set([...removed.rows, ...added.rows].map((row) => row.responsibility_id))];
}

async function refuseForeignIds(client: pg.PoolClient, zoneId: string, ids: string[]): Promise<void> {
  const clash = await client.query<{ id: string; zone_id: string }>(
    'select id, zone_id from responsibilities where id = any($1::text[]) and zone_id <> $2 limit 1',
    [ids, zoneId],
  );
  const row = clash.rows[0];
  if (row) {
    throw new AppError('ZONE_PACK_INVALID', {
      file: 'responsibilities.yaml',
      path: `responsibilities[${ids.indexOf(row.id)}].id`,
      reason: `id "${row.id}" already belongs to zone "${row.zone_id}" in this database`,
    });
  }
}

function toRow(row: Responsibility, index: number) {
  return {
    id: row.id,
    matter: row.matter,
    matter_en: row.matterEn,
    support_kinds: row.supportKinds,
    note: row.note ?? null,
    note_en: row.noteEn ?? null,
    source: row.source,
    verified: row.verified,
    sort_order: index,
  };
}

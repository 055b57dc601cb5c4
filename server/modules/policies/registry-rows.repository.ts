/**
 * 企业清单读取 — registry records for matching and simulation: the whole zone streamed through a server-side cursor in
 * batches (30,000 and more) with town and body names and the columns facts come from; the ids a caller's data scope
 * reaches (the scope is applied here, in SQL); a stamp that changes with any record; and the record of the enterprise
 * a signed-in unit stands for.
 */
import type pg from 'pg';
import type { ScopeFilter } from '../../../core/access/data-scope';
import { scopeSql } from '../../platform/auth';
import { registryFactColumnNames, registryFactColumns, type RegistryFactsRow } from './registry-facts';

/** 企业记录 — a registry enterprise as matching lists it. */
export interface EnterpriseRow extends RegistryFactsRow {
  id: string;
  name: string;
  creditCode: string | null;
  townName: string | null;
  townNameEn: string | null;
  bodyName: string | null;
  bodyNameEn: string | null;
}

export interface EnterpriseFilter {
  scope: ScopeFilter;
  townCode?: string;
  bodyId?: string;
}

const BATCH_ROWS = 2_000;

/** Active enterprises of the whole zone, in batches; the connection is released however the loop ends. */
export async function* streamEnterprises(pool: pg.Pool, zoneId: string): AsyncGenerator<EnterpriseRow[]> {
  const client = await pool.connect();
  let isDone = false;
  let isBroken = false;
  try {
    await client.query('begin read only');
    await client.query(
      `declare registry_rows no scroll cursor for
       select e.id, e.name, e.credit_code as "creditCode", ${registryFactColumns('e')},
              t.name as "townName", t.name_en as "townNameEn", b.name as "bodyName", b.name_en as "bodyNameEn"
         from registry_enterprises e
         left join org_units t on t.zone_id = e.zone_id and t.kind = 'town' and t.code = e.town_code and t.retired_at is null
         left join org_units b on b.id = e.body_id
        where e.zone_id = $1 and e.status = 'active'
        order by e.id`,
      [zoneId],
    );
    for (;;) {
      const { rows } = await client.query<EnterpriseRow>(`fetch ${BATCH_ROWS} from registry_rows`);
      if (rows.length === 0) break;
      yield rows;
    }
    await client.query('commit');
    isDone = true;
  } finally {
    // Failed, or the consumer stopped early: roll back; a connection that cannot is not reused.
    if (!isDone) await client.query('rollback').catch(() => (isBroken = true));
    client.release(isBroken);
  }
}

/** The active enterprises the caller's data scope reaches, within the filters: the list's bound, in SQL. */
export async function listEnterpriseIds(pool: pg.Pool, zoneId: string, filter: EnterpriseFilter): Promise<string[]> {
  const params: unknown[] = [zoneId];
  const conditions = ['e.zone_id = $1', `e.status = 'active'`, scopeSql(filter.scope, { town: 'e.town_code', body: 'e.body_id' }, params)];
  if (filter.townCode) conditions.push(`e.town_code = $${params.push(filter.townCode)}`);
  if (filter.bodyId) conditions.push(`e.body_id = $${params.push(filter.bodyId)}`);
  const { rows } = await pool.query<{ id: string }>(`select e.id from registry_enterprises e where ${conditions.join(' and ')}`, params);
  return rows.map((row) => row.id);
}

/**
 * Changes when a registry record of the zone changes in a column matching reads (a hash over those columns, so a
 * writer that forgets updated_at is still seen), and when a town or body is renamed.
 */
export async function readRegistryStamp(pool: pg.Pool, zoneId: string): Promise<string> {
  const { rows } = await pool.query<{ stamp: string }>(
    `select (select count(*) || ':' || coalesce(sum(hashtextextended(row(e.id, e.name, e.credit_code, e.status, ${registryFactColumnNames('e')})::text, 0)), 0)
               from registry_enterprises e where e.zone_id = $1)
            || ':' || coalesce((select max(updated_at)::text from org_units where zone_id = $1), '') as stamp`,
    [zoneId],
  );
  return rows[0]!.stamp;
}

/** 本企业 — the registry record of the enterprise unit the caller acts for, by its credit code. */
export async function findEnterpriseOfUnit(pool: pg.Pool, zoneId: string, unitId: string): Promise<EnterpriseRow | undefined> {
  const { rows } = await pool.query<EnterpriseRow>(
    `select r.id, r.name, r.credit_code as "creditCode", ${registryFactColumns('r')},
            null as "townName", null as "townNameEn", null as "bodyName", null as "bodyNameEn"
       from enterprises u
       join registry_enterprises r on r.credit_code = u.credit_code and r.zone_id = $2
      where u.unit_id = $1`,
    [unitId, zoneId],
  );
  return rows[0];
}

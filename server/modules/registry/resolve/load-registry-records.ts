/**
 * 读取来源记录 — the zone's source records as resolution reads them: the matching fields, the values survivorship
 * chooses from. Ordered by id, so that a cluster's first member is its
 * smallest record id, which names an enterprise without a credit code ('R:' + that id) stably across runs.
 */
import type pg from 'pg';
import type { RegistryRecord } from '../../../../core/registry';

/** 来源记录 as resolution reads it. */
export interface StoredRecord extends RegistryRecord {
  /** 区划代码 (statistics directory): evidence of where the firm is, not a golden field. */
  readonly divisionCode: string | null;
}

/** The attributes survivorship chooses from; the others stay in the record only. */
export const GOLDEN_ATTRIBUTES = ['industryCode', 'registeredCapital', 'employees', 'revenue', 'tax', 'status', 'lng', 'lat', 'leadingIndustry'] as const;

interface RecordRow {
  id: string;
  source_id: string;
  credit_code: string | null;
  name: string;
  address: string | null;
  legal_rep: string | null;
  phone: string | null;
  founded_on: string | null;
  industry_code: string | null;
  attributes: Record<string, string | number>;
}

export async function loadRegistryRecords(db: pg.Pool | pg.ClientBase, zoneId: string, recordIds?: readonly string[]): Promise<StoredRecord[]> {
  const { rows } = await db.query<RecordRow>(
    `select ${RECORD_COLUMNS} from registry_records
      where zone_id = $1 and ($2::text[] is null or id = any($2::text[]))
      order by id`,
    [zoneId, recordIds ?? null],
  );
  return rows.map(toStoredRecord);
}

/**
 * Every record of the zone, in id order, a page at a time: the next page is asked for before the caller gets this
 * one, so PostgreSQL reads and sends it while the caller works on this one (a full resolution normalises meanwhile).
 */
export async function* pageRegistryRecords(db: pg.ClientBase, zoneId: string, pageSize = 50_000): AsyncGenerator<StoredRecord[]> {
  // Right after a bulk import the table's statistics are stale (autovacuum has not caught up): the planner then takes
  // the zone for a few rows and sorts all of them for every page, 1.8 s a page over a million records instead of the
  // 40 ms of a walk along the primary key. Sampling the two columns costs a fraction of one such page.
  await db.query('analyze registry_records (zone_id, id)');
  const page = (after: string) =>
    db.query<RecordRow>(`select ${RECORD_COLUMNS} from registry_records where zone_id = $1 and id > $2 order by id limit $3`, [zoneId, after, pageSize]);
  let next = page('');
  for (;;) {
    const { rows } = await next;
    if (rows.length === pageSize) next = page(rows[rows.length - 1]!.id);
    yield rows.map(toStoredRecord);
    if (rows.length < pageSize) return;
  }
}

const RECORD_COLUMNS = `id, source_id, credit_code, name, address, legal_rep, phone, founded_on, industry_code, attributes - 'other' as attributes`;

function toStoredRecord(row: RecordRow): StoredRecord {
  const attributes: Record<string, string | number | null> = { industryCode: row.industry_code };
  for (const key of GOLDEN_ATTRIBUTES) if (key !== 'industryCode' && row.attributes[key] !== undefined) attributes[key] = row.attributes[key]!;
  return {
    id: row.id,
    source: row.source_id,
    divisionCode: typeof row.attributes['divisionCode'] === 'string' ? row.attributes['divisionCode'] : null,
    creditCode: row.credit_code,
    name: row.name,
    address: row.address,
    legalRep: row.legal_rep,
    phone: row.phone,
    foundedOn: row.founded_on,
    attributes,
  };
}

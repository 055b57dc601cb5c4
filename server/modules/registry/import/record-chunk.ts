/**
 * 记录分块写入 — a few thousand mapped rows at a time into registry_records: copied (COPY, the cheapest way in) into
 * a staging table of the import's transaction, then written with one upsert: a new row is inserted, a changed row
 * (its hash differs) replaces its earlier version with this batch and row as provenance, an unchanged row is not
 * written at all. Rejections go straight to registry_import_rejections.
 */
import type pg from 'pg';
import { storeRejectionReason, type RejectionReason } from '../../../../core/registry';
import { copyRows, encodeCopyRows, sendCopy, type CopyData } from './copy-rows';

const STAGED_COLUMNS = ['id', 'row_no', 'row_hash', 'credit_code', 'name', 'address', 'legal_rep', 'phone', 'founded_on', 'industry_code', 'attributes'] as const;

/** The rows waiting to be written, in STAGED_COLUMNS order; a key that repeats within the chunk replaces its earlier row. */
export class RecordChunk {
  private readonly rows = new Map<string, unknown[]>();

  get size(): number {
    return this.rows.size;
  }

  add(row: {
    id: string;
    rowNo: number;
    hash: string;
    fields: { creditCode: string | null; name: string | null; address: string | null; legalRep: string | null; phone: string | null; foundedOn: string | null; industryCode: string | null };
    /** The attributes as JSON text. */
    attributes: string;
  }): void {
    const f = row.fields;
    this.rows.set(row.id, [row.id, row.rowNo, row.hash, f.creditCode, f.name, f.address, f.legalRep, f.phone, f.foundedOn, f.industryCode, row.attributes]);
  }

  /** The rows in COPY's format: encoded apart from writing, while the connection may still store the last chunk. */
  encode(): EncodedChunk {
    return { size: this.rows.size, data: encodeCopyRows(this.rows.values()) };
  }
}

/** 已编码分块 — a chunk's rows as COPY data. */
export interface EncodedChunk {
  readonly size: number;
  readonly data: CopyData;
}

/** The staging table of the caller's transaction (dropped at its end). */
export async function createStagingTable(client: pg.ClientBase): Promise<void> {
  await client.query(
    `create temp table registry_import_staging (
       id text, row_no integer, row_hash text, credit_code text, name text, address text, legal_rep text, phone text,
       founded_on text, industry_code text, attributes jsonb
     ) on commit drop`,
  );
}

/** Writes the chunk; returns how many records were new or changed. */
export async function writeRecordChunk(client: pg.ClientBase, target: { zoneId: string; sourceId: string; batchId: number }, chunk: EncodedChunk): Promise<number> {
  if (chunk.size === 0) return 0;
  await sendCopy(client, 'registry_import_staging', STAGED_COLUMNS, chunk.data);
  const result = await client.query(
    `insert into registry_records as r
            (id, zone_id, source_id, batch_id, row_no, row_hash, credit_code, name, address, legal_rep, phone, founded_on,
             industry_code, attributes)
     select id, $1, $2, $3, row_no, row_hash, credit_code, name, address, legal_rep, phone, founded_on, industry_code, attributes
       from registry_import_staging
     on conflict (id) do update
        set batch_id = excluded.batch_id, row_no = excluded.row_no, row_hash = excluded.row_hash,
            credit_code = excluded.credit_code, name = excluded.name, address = excluded.address,
            legal_rep = excluded.legal_rep, phone = excluded.phone, founded_on = excluded.founded_on,
            industry_code = excluded.industry_code, attributes = excluded.attributes, imported_at = now()
      where r.row_hash is distinct from excluded.row_hash`,
    [target.zoneId, target.sourceId, target.batchId],
  );
  await client.query('truncate registry_import_staging');
  return result.rowCount ?? 0;
}

/** 拒收 — one rejected row or cell. `raw` is the cell's text, or the whole row (header → text) when the row was refused. */
export interface Rejection {
  rowNo: number;
  column: string;
  reason: RejectionReason;
  raw: unknown;
}

export async function writeRejections(client: pg.ClientBase, batchId: number, rejections: readonly Rejection[]): Promise<void> {
  if (rejections.length === 0) return;
  await copyRows(
    client,
    'registry_import_rejections',
    ['batch_id', 'row_no', 'column_name', 'reason', 'raw'],
    rejections.map((r) => [batchId, r.rowNo, r.column, storeRejectionReason(r.reason), JSON.stringify(r.raw)]),
  );
}

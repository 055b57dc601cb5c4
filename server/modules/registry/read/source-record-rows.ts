import type { SourceRecord } from './registry-read.schema';

/** One source record as selected with sourceRecordColumns. */
export interface SourceRecordRow {
  id: string;
  source_id: string;
  batch_id: number;
  row_no: number;
  credit_code: string | null;
  name: string;
  address: string | null;
  legal_rep: string | null;
  phone: string | null;
  founded_on: string | null;
}

/** The columns of a source record under `alias`, each prefixed with `prefix` (to select two records in one row). */
export function sourceRecordColumns(alias: string, prefix = ''): string {
  return ['id', 'source_id', 'batch_id', 'row_no', 'credit_code', 'name', 'address', 'legal_rep', 'phone', 'founded_on']
    .map((column) => `${alias}.${column} as ${prefix}${column}`)
    .join(', ');
}

/** 来源记录 for the API: the row's mapped fields as the source wrote them, and where it came from. */
export function presentSourceRecord(row: SourceRecordRow): SourceRecord {
  return {
    id: row.id,
    sourceId: row.source_id,
    batchId: row.batch_id,
    rowNo: row.row_no,
    creditCode: row.credit_code,
    name: row.name,
    address: row.address,
    legalRep: row.legal_rep,
    phone: row.phone,
    foundedOn: row.founded_on,
  };
}

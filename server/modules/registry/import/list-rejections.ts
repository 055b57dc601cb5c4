/** 拒收报告 — an import's refused rows and dropped cells as a CSV for Excel: 行号, 列, 原因, 原始内容. */
import type pg from 'pg';
import { toCsv } from '../../../platform/csv';
import { getBatch } from './import-batches.repository';

export async function exportRejections(pool: pg.Pool, zoneId: string, batchId: number): Promise<{ fileName: string; csv: string }> {
  const batch = await getBatch(pool, zoneId, batchId);
  const { rows } = await pool.query<{ row_no: number; column_name: string; reason: string; raw: unknown }>(
    'select row_no, column_name, reason, raw from registry_import_rejections where batch_id = $1 order by row_no, column_name',
    [batchId],
  );
  const csv = toCsv(
    ['行号', '列', '原因', '原始内容'],
    rows.map((r) => [r.row_no, r.column_name, r.reason, describeRaw(r.raw)]),
  );
  return { fileName: `${batch.fileName.replace(/\.[^.]+$/, '')}-拒收报告.csv`, csv };
}

/** A cell's text as it was, or a refused row as 表头=内容 pairs. */
function describeRaw(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  return Object.entries(raw as Record<string, string>)
    .map(([header, value]) => `${header}=${value}`)
    .join('；');
}

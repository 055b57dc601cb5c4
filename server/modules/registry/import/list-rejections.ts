/**
 * 拒收报告 — an import's refused rows and dropped cells as a CSV for Excel (行号, 列, 原因, 原始内容), in the
 * reader's language: headers, reasons and the file name.
 */
import type pg from 'pg';
import type { Locale } from '../../../../core/errors';
import { renderRejectionReason } from '../../../../core/registry';
import { toCsv } from '../../../platform/csv';
import { getBatch } from './import-batches.repository';

const REPORT_TEXT = {
  'zh-CN': { headers: ['行号', '列', '原因', '原始内容'], suffix: '拒收报告', separator: '；' },
  en: { headers: ['Row', 'Column', 'Reason', 'Original content'], suffix: 'rejected-rows', separator: '; ' },
} as const satisfies Record<Locale, unknown>;

export async function exportRejections(pool: pg.Pool, zoneId: string, batchId: number, locale: Locale): Promise<{ fileName: string; csv: string }> {
  const batch = await getBatch(pool, zoneId, batchId, locale);
  const { rows } = await pool.query<{ row_no: number; column_name: string; reason: string; raw: unknown }>(
    'select row_no, column_name, reason, raw from registry_import_rejections where batch_id = $1 order by row_no, column_name',
    [batchId],
  );
  const text = REPORT_TEXT[locale];
  const csv = toCsv(
    [...text.headers],
    rows.map((r) => [r.row_no, r.column_name, renderRejectionReason(r.reason, locale), describeRaw(r.raw, text.separator)]),
  );
  return { fileName: `${batch.fileName.replace(/\.[^.]+$/, '')}-${text.suffix}.csv`, csv };
}

/** A cell's text as it was, or a refused row as 表头=内容 pairs. */
function describeRaw(raw: unknown, separator: string): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  return Object.entries(raw as Record<string, string>)
    .map(([header, value]) => `${header}=${value}`)
    .join(separator);
}

/**
 * 开始导入 — everything that can refuse a file, checked before anything is written: the source exists, the file is
 * not one already imported (then the earlier batch is the answer), it is a readable CSV or XLSX with data within the
 * size limit (readTable), and its header has every column the source's template requires. Only then is the batch
 * created; the rows are read by runImport.
 */
import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { planColumns, REGISTRY_FIELD_LABELS, type ColumnPlan, type MissingColumn } from '../../../../core/registry';
import { readTable, type TableReader } from '../../../platform/tabular';
import { findBatchByFile, insertBatch, type Batch } from './import-batches.repository';
import { getRegistrySource, type RegistrySource } from './registry-sources.repository';

/** 待导入文件 — a file on disk with its name as the user gave it and its fingerprint. */
export interface ImportFile {
  readonly path: string;
  readonly fileName: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** 导入任务 — a file that passed every check, with its batch. */
export interface PreparedImport {
  readonly zoneId: string;
  readonly batch: Batch;
  readonly source: RegistrySource;
  readonly reader: TableReader;
  readonly plan: ColumnPlan;
}

export type OpenImportResult = { readonly kind: 'duplicate'; readonly batch: Batch } | { readonly kind: 'ready'; readonly job: PreparedImport };

export async function openImport(
  pool: pg.Pool,
  zoneId: string,
  input: { sourceId: string; file: ImportFile; startedBy: string | null; maxBytes: number },
): Promise<OpenImportResult> {
  const { file } = input;
  const source = await getRegistrySource(pool, zoneId, input.sourceId);
  const earlier = await findBatchByFile(pool, zoneId, source.id, file.sha256);
  if (earlier) return { kind: 'duplicate', batch: earlier };
  const reader = await readTable(file.path, { maxBytes: input.maxBytes });
  const check = planColumns(reader.header, source.template);
  if (!check.ok) throw columnsMissing(source, check.missing);
  const batch = await insertBatch(pool, {
    zoneId,
    sourceId: source.id,
    fileName: input.file.fileName,
    sha256: file.sha256,
    fileBytes: file.bytes,
    fileFormat: reader.format,
    encoding: reader.encoding,
    startedBy: input.startedBy,
  });
  // Null: the same file arrived twice at once and the other upload won.
  if (batch === null) return { kind: 'duplicate', batch: (await findBatchByFile(pool, zoneId, source.id, file.sha256))! };
  return { kind: 'ready', job: { zoneId, batch, source, reader, plan: check.plan } };
}

function columnsMissing(source: RegistrySource, missing: readonly MissingColumn[]): AppError {
  const describe = (locale: 'zh' | 'en') =>
    missing.map((m) => `${REGISTRY_FIELD_LABELS[m.field][locale]}（${m.aliases.join(locale === 'zh' ? '、' : ', ')}）`).join(locale === 'zh' ? '；' : '; ');
  return new AppError('REGISTRY_COLUMNS_MISSING', {
    source: source.id,
    sourceName: source.name,
    sourceNameEn: source.nameEn,
    missing: missing.map((m) => ({ field: m.field, aliases: m.aliases })),
    missingZh: describe('zh'),
    missingEn: describe('en').replace(/（/g, ' (accepted headers: ').replace(/）/g, ')'),
  });
}

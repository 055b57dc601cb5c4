/**
 * 导入批次 — one imported file of one source: created once its header has passed, its progress (rows and bytes
 * read, touched about once a second), its counts and how it ended. Presented as the API's Batch.
 */
import type pg from 'pg';
import { AppError, ErrorCode, renderErrorMessage, type ErrorDetails, type Locale } from '../../../../core/errors';

export type BatchStatus = 'running' | 'done' | 'failed';
export type BatchStage = 'reading' | 'resolving' | 'done' | 'failed';

/** 导入批次 as the API shows it. */
export interface Batch {
  id: number;
  sourceId: string;
  fileName: string;
  fileBytes: number;
  fileFormat: 'csv' | 'xlsx';
  encoding: string | null;
  status: BatchStatus;
  stage: BatchStage;
  /** 0..1: bytes read while reading, 1 once read. */
  progress: number;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsChanged: number;
  /** Why it stopped, in the reader's language. */
  failure: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string | null;
  duplicate?: boolean;
}

interface BatchRow {
  id: number;
  source_id: string;
  file_name: string;
  file_bytes: number;
  file_format: 'csv' | 'xlsx';
  encoding: string | null;
  status: BatchStatus;
  stage: BatchStage;
  bytes_read: number;
  rows_read: number;
  rows_valid: number;
  rows_rejected: number;
  rows_changed: number;
  failure: StoredFailure | null;
  started_at: Date;
  finished_at: Date | null;
}

/**
 * 失败原因 as stored: the code with its message's details, rendered for each reader; `message` is the Chinese text
 * as it was at the time (all that batches failed before details were kept have).
 */
export interface StoredFailure {
  code: string;
  message: string;
  details?: ErrorDetails;
}

const BATCH_COLUMNS = `id, source_id, file_name, file_bytes, file_format, encoding, status, stage, bytes_read, rows_read,
  rows_valid, rows_rejected, rows_changed, failure, started_at, finished_at`;

/** The file of a new batch. */
export interface NewBatch {
  zoneId: string;
  sourceId: string;
  fileName: string;
  sha256: string;
  fileBytes: number;
  fileFormat: 'csv' | 'xlsx';
  encoding: string | null;
  startedBy: string | null;
}

const UNIQUE_VIOLATION = '23505';

/** Inserts a running batch; null when the same file of the same source is already imported or importing. */
export async function insertBatch(db: pg.Pool, batch: NewBatch): Promise<Batch | null> {
  try {
    const { rows } = await db.query<BatchRow>(
      `insert into registry_import_batches (zone_id, source_id, file_name, file_sha256, file_bytes, file_format, encoding, status, started_by)
       values ($1, $2, $3, $4, $5, $6, $7, 'running', $8)
       returning ${BATCH_COLUMNS}`,
      [batch.zoneId, batch.sourceId, batch.fileName, batch.sha256, batch.fileBytes, batch.fileFormat, batch.encoding, batch.startedBy],
    );
    return presentBatch(rows[0]!);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
    throw error;
  }
}

/** The batch that imported (or is importing) this very file, if any; failed imports do not count. */
export async function findBatchByFile(db: pg.Pool, zoneId: string, sourceId: string, sha256: string): Promise<Batch | null> {
  const { rows } = await db.query<BatchRow>(
    `select ${BATCH_COLUMNS} from registry_import_batches
      where zone_id = $1 and source_id = $2 and file_sha256 = $3 and status <> 'failed'`,
    [zoneId, sourceId, sha256],
  );
  return rows[0] ? presentBatch(rows[0]) : null;
}

export async function getBatch(db: pg.Pool, zoneId: string, id: number, locale: Locale = 'zh-CN'): Promise<Batch> {
  const { rows } = await db.query<BatchRow>(`select ${BATCH_COLUMNS} from registry_import_batches where zone_id = $1 and id = $2`, [zoneId, id]);
  if (!rows[0]) throw new AppError('NOT_FOUND', { what: `import ${id}` });
  return presentBatch(rows[0], locale);
}

/** Batches, newest first; of one source when given. */
export async function listBatches(
  db: pg.Pool,
  zoneId: string,
  query: { sourceId?: string; page: number; pageSize: number },
  locale: Locale = 'zh-CN',
): Promise<{ items: Batch[]; total: number }> {
  const params: unknown[] = [zoneId, query.sourceId ?? null];
  const where = 'zone_id = $1 and ($2::text is null or source_id = $2)';
  const [page, count] = await Promise.all([
    db.query<BatchRow>(
      `select ${BATCH_COLUMNS} from registry_import_batches where ${where} order by id desc limit $3 offset $4`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    ),
    db.query<{ total: number }>(`select count(*) as total from registry_import_batches where ${where}`, params),
  ]);
  return { items: page.rows.map((row) => presentBatch(row, locale)), total: count.rows[0]!.total };
}

/** The latest batch of each source. */
export async function listLatestBatches(db: pg.Pool, zoneId: string, locale: Locale = 'zh-CN'): Promise<Map<string, Batch>> {
  const { rows } = await db.query<BatchRow>(
    `select distinct on (source_id) ${BATCH_COLUMNS} from registry_import_batches where zone_id = $1 order by source_id, id desc`,
    [zoneId],
  );
  return new Map(rows.map((row) => [row.source_id, presentBatch(row, locale)]));
}

/** 导入计数. */
export interface BatchCounts {
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsChanged: number;
}

export async function recordProgress(db: pg.Pool, id: number, progress: { rowsRead: number; bytesRead: number }): Promise<void> {
  await db.query('update registry_import_batches set rows_read = $2, bytes_read = $3, heartbeat_at = now() where id = $1', [
    id,
    progress.rowsRead,
    progress.bytesRead,
  ]);
}

/** The file is read and its rows committed; the batch moves on to `stage` (resolving, or done when not resolving). */
export async function finishReading(db: pg.Pool, id: number, counts: BatchCounts, bytes: number, stage: 'resolving' | 'done'): Promise<void> {
  await db.query(
    `update registry_import_batches
        set rows_read = $2, rows_valid = $3, rows_rejected = $4, rows_changed = $5, bytes_read = $6, stage = $7,
            status = case when $7 = 'done' then 'done' else status end,
            finished_at = case when $7 = 'done' then now() else finished_at end, heartbeat_at = now()
      where id = $1`,
    [id, counts.rowsRead, counts.rowsValid, counts.rowsRejected, counts.rowsChanged, bytes, stage],
  );
}

/** The batch is still being worked on (its node is alive). */
export async function touchBatch(db: pg.Pool, id: number): Promise<void> {
  await db.query('update registry_import_batches set heartbeat_at = now() where id = $1', [id]);
}

export async function finishBatch(db: pg.Pool, id: number): Promise<void> {
  await db.query(`update registry_import_batches set status = 'done', stage = 'done', finished_at = now() where id = $1`, [id]);
}

/**
 * Records why a batch stopped. While reading, nothing of it was kept and the batch is failed (the same file may be
 * sent again); when only the resolution after it failed, its rows are kept and the batch stays done.
 */
export async function failBatch(db: pg.Pool, id: number, failure: StoredFailure): Promise<void> {
  await db.query(
    `update registry_import_batches
        set status = case when stage = 'resolving' then 'done' else 'failed' end, stage = 'failed',
            failure = $2::jsonb, finished_at = now()
      where id = $1`,
    [id, JSON.stringify(failure)],
  );
}

/** Batches still running whose heartbeat stopped (their node died): failed, so the same file can be sent again. */
export async function failAbandonedBatches(db: pg.Pool, zoneId: string, failure: StoredFailure, staleSeconds = 60): Promise<number> {
  const result = await db.query(
    `update registry_import_batches
        set status = case when stage = 'resolving' then 'done' else 'failed' end, stage = 'failed',
            failure = $2::jsonb, finished_at = now()
      where zone_id = $1 and status = 'running' and heartbeat_at < now() - make_interval(secs => $3)`,
    [zoneId, JSON.stringify(failure), staleSeconds],
  );
  return result.rowCount ?? 0;
}

function presentBatch(row: BatchRow, locale: Locale = 'zh-CN'): Batch {
  const progress = row.stage === 'reading' ? (row.file_bytes > 0 ? Math.min(1, row.bytes_read / row.file_bytes) : 0) : 1;
  return {
    id: row.id,
    sourceId: row.source_id,
    fileName: row.file_name,
    fileBytes: row.file_bytes,
    fileFormat: row.file_format,
    encoding: row.encoding,
    status: row.status,
    stage: row.stage,
    progress,
    rowsRead: row.rows_read,
    rowsValid: row.rows_valid,
    rowsRejected: row.rows_rejected,
    rowsChanged: row.rows_changed,
    failure: row.failure && presentFailure(row.failure, locale),
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

function presentFailure(failure: StoredFailure, locale: Locale): Batch['failure'] {
  const known = failure.details !== undefined && Object.hasOwn(ErrorCode, failure.code);
  return { code: failure.code, message: known ? renderErrorMessage(failure.code as ErrorCode, failure.details!, locale) : failure.message };
}

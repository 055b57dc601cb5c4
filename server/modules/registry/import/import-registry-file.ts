/**
 * 导入文件（前台） — a file already on disk imported in the caller's time: the CLI, the demo loader and the bench.
 * The same checks and the same reading as an upload; the batch records the failure if reading fails. Resolution is
 * the caller's to run (once after several files, for the demo).
 */
import path from 'node:path';
import type pg from 'pg';
import { AppError, isAppError } from '../../../../core/errors';
import { failBatch, getBatch, type Batch, type StoredFailure } from './import-batches.repository';
import { openImport } from './open-import';
import { runImport, type RunImportOptions } from './run-import';
import { hashFile } from './spool-upload';

/** Files above this are refused by default: a million rows of a wide source are well under it. */
export const DEFAULT_IMPORT_LIMIT_BYTES = 1024 * 1024 * 1024;

export async function importRegistryFile(
  pool: pg.Pool,
  zoneId: string,
  input: { sourceId: string; filePath: string; fileName?: string; startedBy?: string | null; maxBytes?: number },
  options: RunImportOptions = {},
): Promise<{ batch: Batch; duplicate: boolean }> {
  const { sha256, bytes } = await hashFile(input.filePath);
  const opened = await openImport(pool, zoneId, {
    sourceId: input.sourceId,
    file: { path: input.filePath, fileName: input.fileName ?? path.basename(input.filePath), bytes, sha256 },
    startedBy: input.startedBy ?? null,
    maxBytes: input.maxBytes ?? DEFAULT_IMPORT_LIMIT_BYTES,
  });
  if (opened.kind === 'duplicate') return { batch: opened.batch, duplicate: true };
  try {
    await runImport(pool, opened.job, options);
  } catch (error) {
    await failBatch(pool, opened.job.batch.id, describeFailure(error));
    throw error;
  }
  return { batch: await getBatch(pool, zoneId, opened.job.batch.id), duplicate: false };
}

/**
 * What a batch records about the error that stopped it: its code and details, so that each reader sees it in their
 * language (a bug is recorded without its details).
 */
export function describeFailure(error: unknown): StoredFailure {
  const appError = isAppError(error) ? error : new AppError('INTERNAL', { requestId: 'import' });
  return { code: appError.code, message: appError.localizedMessage('zh-CN'), details: appError.details };
}

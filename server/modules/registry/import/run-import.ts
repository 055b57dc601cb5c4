/**
 * 读取导入文件 — streams the rows of a prepared import into the registry: each row mapped by the source's template,
 * normalised and checked; valid rows written in chunks, unchanged ones skipped; every refused row and every dropped
 * cell recorded with its row number, column and reason. All of it in one transaction: a file that turns out to be
 * broken half-way (an unclosed quote, a damaged workbook) leaves nothing behind. Progress (rows and bytes read) is
 * written to the batch about once a second on another connection, so it can be watched while the file is read.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { mapRow, type ColumnPlan } from '../../../../core/registry';
import { inTransaction } from '../../../platform/db/transaction';
import { finishReading, recordProgress, type BatchCounts } from './import-batches.repository';
import type { PreparedImport } from './open-import';
import { createStagingTable, RecordChunk, writeRecordChunk, writeRejections, type Rejection } from './record-chunk';

const CHUNK_ROWS = 5000;
const PROGRESS_EVERY_MS = 1000;

/** 导入进度 — for a progress bar. */
export interface ImportProgress {
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
}

export interface RunImportOptions {
  /** Called about every 200 ms while rows are read, and once at the end. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The stage the batch moves to once its rows are committed (default 'resolving'). */
  readonly nextStage?: 'resolving' | 'done';
  /** Stops the import (nothing of it is kept) with REGISTRY_IMPORT_INTERRUPTED: the server is closing. */
  readonly signal?: AbortSignal;
}

export async function runImport(pool: pg.Pool, job: PreparedImport, options: RunImportOptions = {}): Promise<BatchCounts> {
  const { batch, source, reader, plan, zoneId } = job;
  const target = { zoneId, sourceId: source.id, batchId: batch.id };
  const counts: BatchCounts = { rowsRead: 0, rowsValid: 0, rowsRejected: 0, rowsChanged: 0 };
  let progressWrite: Promise<void> = Promise.resolve();
  let lastWrite = performance.now();
  let lastReport = 0;

  await inTransaction(pool, async (client) => {
    await createStagingTable(client);
    let chunk = new RecordChunk();
    let rejections: Rejection[] = [];
    // One chunk is written while the next is read.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [full, refused] = [chunk.encode(), rejections];
      chunk = new RecordChunk();
      rejections = [];
      await writing;
      writing = (async () => {
        counts.rowsChanged += await writeRecordChunk(client, target, full);
        await writeRejections(client, batch.id, refused);
      })();
      // A failed write must fail the loop now, not when the next chunk is full.
      writing.catch(() => undefined);
    };

    for await (const { rowNo, cells } of reader.rows) {
      counts.rowsRead += 1;
      const mapped = mapRow(cells, plan);
      if (!mapped.ok) {
        counts.rowsRejected += 1;
        for (const problem of mapped.problems) rejections.push({ rowNo, column: problem.column, reason: problem.reason, raw: describeRow(cells, reader.header, plan) });
      } else {
        counts.rowsValid += 1;
        const { fields, attributes, rowKey, problems } = mapped.row;
        const attributesJson = JSON.stringify(attributes);
        const hash = hashRow(fields, attributesJson);
        chunk.add({ id: `${source.id}:${rowKey ?? `#${hash}`}`, rowNo, hash, fields, attributes: attributesJson });
        for (const problem of problems) rejections.push({ rowNo, column: problem.column, reason: problem.reason, raw: problem.value });
      }
      if (chunk.size >= CHUNK_ROWS || rejections.length >= CHUNK_ROWS) await flush();
      if ((counts.rowsRead & 255) === 0) {
        if (options.signal?.aborted) throw new AppError('REGISTRY_IMPORT_INTERRUPTED');
        const now = performance.now();
        if (options.onProgress && now - lastReport >= 200) {
          lastReport = now;
          options.onProgress({ rowsRead: counts.rowsRead, bytesRead: reader.bytesRead(), totalBytes: reader.totalBytes });
        }
        if (now - lastWrite >= PROGRESS_EVERY_MS) {
          lastWrite = now;
          await progressWrite;
          progressWrite = recordProgress(pool, batch.id, { rowsRead: counts.rowsRead, bytesRead: reader.bytesRead() });
        }
      }
    }
    await flush();
    await writing;
  });
  await progressWrite;
  await finishReading(pool, batch.id, counts, reader.totalBytes, options.nextStage ?? 'resolving');
  options.onProgress?.({ rowsRead: counts.rowsRead, bytesRead: reader.totalBytes, totalBytes: reader.totalBytes });
  return counts;
}

function hashRow(fields: Readonly<Record<string, string | null>>, attributes: string): string {
  const hash = createHash('sha1');
  for (const value of Object.values(fields)) hash.update(value ?? '\u0000').update('\u0001');
  return hash.update(attributes).digest('base64url');
}

/** A refused row as the report shows it: the mapped columns' header and text. */
function describeRow(cells: readonly string[], header: readonly string[], plan: ColumnPlan): Record<string, string> {
  const row: Record<string, string> = {};
  for (const { index } of [...plan.fields, ...plan.others]) if ((cells[index] ?? '') !== '') row[header[index]!] = cells[index]!;
  return row;
}

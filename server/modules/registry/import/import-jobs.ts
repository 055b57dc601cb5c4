/**
 * 后台导入 — an upload's rows are read after the request has been answered (202), then the zone is resolved again
 * with them; the batch row carries the progress, so any node can report it. Closing the server stops a file still
 * being read (nothing of it is kept; the batch says it was interrupted) and waits for the jobs to settle.
 */
import { rm } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { TerritoryState } from '../../territory';
import { resolveRegistry } from '../resolve/resolve-registry';
import { failBatch, finishBatch, touchBatch } from './import-batches.repository';
import { describeFailure } from './import-registry-file';
import type { PreparedImport } from './open-import';
import { runImport } from './run-import';

const HEARTBEAT_MS = 10_000;

export class ImportJobs {
  private readonly running = new Set<Promise<void>>();
  private readonly abort = new AbortController();

  constructor(private readonly deps: { pool: pg.Pool; zoneId: string; territory: TerritoryState; log: FastifyBaseLogger }) {}

  /** Reads the prepared import, resolves, and removes the spooled file at the end, whatever happens. */
  start(job: PreparedImport, spooledFile: string): void {
    const run = this.run(job).finally(() => rm(spooledFile, { force: true }));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  async close(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled([...this.running]);
  }

  private async run(job: PreparedImport): Promise<void> {
    const { pool, zoneId, log } = this.deps;
    const batchId = job.batch.id;
    try {
      const counts = await runImport(pool, job, { signal: this.abort.signal });
      log.info({ batchId, source: job.source.id, ...counts }, 'registry import read');
      // A resolution of a large registry takes a while: the heartbeat says the batch is still alive meanwhile.
      const heartbeat = setInterval(() => void touchBatch(pool, batchId).catch(() => undefined), HEARTBEAT_MS);
      const stats = await resolveRegistry(pool, zoneId, await this.deps.territory.current()).finally(() => clearInterval(heartbeat));
      await finishBatch(pool, batchId);
      log.info({ batchId, ...stats }, 'registry resolved after import');
    } catch (error) {
      log.warn({ batchId, err: error }, 'registry import failed');
      await failBatch(pool, batchId, describeFailure(error)).catch((failure: unknown) => log.error({ batchId, err: failure }, 'could not record the failure of an import'));
    }
  }
}

import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { sealAuditLog } from './seal-audit-log';

/** How often the server looks for committed records to seal: the longest a record stays outside the chain. */
const SEAL_EVERY_MS = 250;

/**
 * Seals the audit log in the background for as long as the server runs, and once more on close so that a clean
 * stop leaves nothing unsealed. A check that finds nothing costs one index probe. A failure (the database briefly
 * gone) is logged and retried on the next tick: the records wait, committed, until then.
 */
export function installAuditSealer(app: FastifyInstance, pool: pg.Pool): void {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      running = sealIfPending(pool)
        .catch((error: unknown) => app.log.warn({ err: error }, 'audit sealing failed; retrying'))
        .then(() => {
          // A pool ended without closing the server (a test harness, a crash path) ends the sealing too.
          if (!stopped && !pool.ending) schedule();
        });
    }, SEAL_EVERY_MS);
    timer.unref();
  };
  schedule();
  app.addHook('onClose', async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    await sealAuditLog(pool).catch((error: unknown) => app.log.warn({ err: error }, 'audit sealing on close failed'));
  });
}

async function sealIfPending(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ pending: boolean }>('select exists (select 1 from audit_log where seq is null) as pending');
  if (rows[0]?.pending) await sealAuditLog(pool, 'skip');
}

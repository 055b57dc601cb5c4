/**
 * The platform's database seen from a journey, for what a browser cannot bring about in minutes: days passing on a
 * case's clocks, and a scheduled job's next run. Everything else a journey does goes through the UI or the API.
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import { inject } from 'vitest';

/** The database URL the global setup found, or why there is none. */
export function journeyDatabaseUrl(): string {
  const url = inject('databaseUrl');
  if (!url) throw new Error('this journey needs the platform’s database: set E2E_DATABASE_URL along with E2E_BASE_URL');
  return url;
}

export async function withDatabase<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: journeyDatabaseUrl(), max: 1 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

/**
 * Queues a run of a scheduled job now, as the platform's job runner does (`runNow`: a pg-boss send to the job's
 * queue); a worker of the running platform picks it up within its polling interval. This client only sends: no
 * maintenance, no cron, no schema changes.
 */
export async function runJobNow(name: string): Promise<void> {
  const boss = new PgBoss({ connectionString: journeyDatabaseUrl(), schema: 'pgboss', max: 1, migrate: false, supervise: false, schedule: false });
  await boss.start();
  try {
    if ((await boss.send(name, {})) === null) throw new Error(`job ${name}: not queued (is a run already waiting?)`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

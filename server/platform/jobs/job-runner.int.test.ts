import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../logger';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createJobRunner } from './job-runner';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

const logger = pino({ level: 'silent' }) as Logger;

describe('job runner (pg-boss)', () => {
  it('creates its own schema, schedules declared jobs, runs one on request and stops', async () => {
    const runner = createJobRunner({ connectionString: database.connectionString, logger, pollingIntervalSeconds: 0.5 });
    let runs = 0;
    let ran: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (ran = resolve));
    runner.schedule({ name: 'test-tick', cron: '0 3 * * *', run: async () => { runs += 1; ran(); return { ok: true }; } });
    expect(() => runner.schedule({ name: 'test-tick', cron: '* * * * *', run: async () => undefined })).toThrow(/twice/);
    await runner.start();
    try {
      const schedules = await database.pool.query<{ name: string; cron: string; timezone: string }>('select name, cron, timezone from pgboss.schedule');
      expect(schedules.rows).toEqual([{ name: 'test-tick', cron: '0 3 * * *', timezone: 'Asia/Shanghai' }]);
      expect(() => runner.schedule({ name: 'late', cron: '* * * * *', run: async () => undefined })).toThrow(/after the job runner started/);
      await runner.runNow('test-tick');
      await done;
      expect(runs).toBe(1);
    } finally {
      await runner.stop();
      await runner.stop();
    }
    // Its pool is closed: no connection of the runner is left.
    const left = await database.pool.query(`select 1 from pg_stat_activity where application_name = 'zjsc-jobs' and datname = current_database()`);
    expect(left.rowCount).toBe(0);
  });

  it('stopping a runner that never started is harmless', async () => {
    const runner = createJobRunner({ connectionString: database.connectionString, logger });
    await runner.stop();
  });
});

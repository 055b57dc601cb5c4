/**
 * 后台任务 — jobs on the PostgreSQL queue (pg-boss): reminders, escalations and other side effects that run after
 * commit. Modules declare scheduled jobs while they register; the runner starts after the server listens and stops
 * before the database closes. pg-boss keeps its own small pool and creates and migrates its own schema, and a cron
 * slot is claimed once in the database, so with several app nodes each run happens on one node only.
 */
import PgBoss from 'pg-boss';
import type { Logger } from '../logger';

/** 定时任务 — a job the queue runs on a cron schedule (Asia/Shanghai), or at once when asked. */
export interface ScheduledJob {
  /** Queue name: letters, digits, hyphens (e.g. `cases-deadline-alerts`). */
  name: string;
  /** Five-field cron in Shanghai time (minute resolution). */
  cron: string;
  /** Throwing fails the run; the queue retries it. The result is logged. */
  run(): Promise<unknown>;
}

export interface JobRunner {
  /** Declares a job; before `start` only. */
  schedule(job: ScheduledJob): void;
  start(): Promise<void>;
  /** Queues a run of a declared job now; resolves when queued, not when done. */
  runNow(name: string): Promise<void>;
  /** Stops taking jobs, waits briefly for running ones, closes the queue's pool. Safe to call twice. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  /** With credentials; the queue opens its own connections. */
  connectionString: string;
  logger: Logger;
  /** The queue's schema; pg-boss creates it. */
  schema?: string;
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
}

const POOL_SIZE = 2;
const STOP_TIMEOUT_MS = 5_000;

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { logger } = options;
  const jobs = new Map<string, ScheduledJob>();
  const boss = new PgBoss({ connectionString: options.connectionString, schema: options.schema ?? 'pgboss', max: POOL_SIZE, application_name: 'zjsc-jobs' });
  // Unhandled, an 'error' event (a lost connection during maintenance) would end the process.
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  let state: 'new' | 'started' | 'stopped' = 'new';
  let stopping: Promise<void> | undefined;

  async function runOne(job: ScheduledJob): Promise<void> {
    const started = performance.now();
    try {
      const result = await job.run();
      logger.info({ job: job.name, result, ms: Math.round(performance.now() - started) }, 'job done');
    } catch (error) {
      logger.error({ err: error, job: job.name }, 'job failed');
      throw error;
    }
  }

  return {
    schedule(job) {
      if (state !== 'new') throw new Error(`job ${job.name} declared after the job runner started`);
      if (jobs.has(job.name)) throw new Error(`job ${job.name} declared twice`);
      jobs.set(job.name, job);
    },
    async start() {
      if (state !== 'new') return;
      state = 'started';
      await boss.start();
      for (const job of jobs.values()) {
        // singleton: one run at a time across nodes; a run that finds work already done records nothing new.
        await boss.createQueue(job.name, { name: job.name, policy: 'singleton', retryLimit: 2, expireInMinutes: 15 });
        await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
        await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => runOne(job));
      }
      logger.info({ jobs: [...jobs.keys()] }, 'job runner started');
    },
    async runNow(name) {
      if (!jobs.has(name)) throw new Error(`unknown job ${name}`);
      await boss.send(name, {});
    },
    stop() {
      const wasStarted = state === 'started';
      state = 'stopped';
      stopping ??= wasStarted ? boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, wait: true }) : Promise.resolve();
      return stopping;
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { captureLogger } from '../../test/capture-logger';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { FAST_TEST_CLUSTER, REPO_ROOT } from '../../test/test-server';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-supervisor';
import { isProcessAlive } from './leftover-postmaster';

const port = 54350;

/** Runs the supervisor in a separate Node process, as the server would, and waits until it is ready. */
async function startInChildProcess(dataDir: string): Promise<{ child: ChildProcess; connectionString: string; pid: number }> {
  const script = path.join(REPO_ROOT, 'server/test/fixtures/run-embedded-postgres.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, String(port)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`supervisor child exited with ${code}`)));
  });
  lines.close();
  return { child, ...(JSON.parse(first) as { connectionString: string; pid: number }) };
}

async function query(connectionString: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client(connectionString);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('a server killed with SIGKILL', () => {
  let dataDir: string;
  let server: EmbeddedPostgres | undefined;

  beforeAll(async () => {
    dataDir = await createTempDir('orphan');
  });

  afterAll(async () => {
    await server?.stop();
    await removeTempDir(dataDir);
  });

  it('leaves a postmaster that the next start shuts down before starting afresh, keeping the data', async () => {
    const first = await startInChildProcess(dataDir);
    await query(first.connectionString, "create table survivors (name text); insert into survivors values ('孤儿')");

    // While its supervisor lives, the directory is in use and must not be taken over.
    const inUse = await startEmbeddedPostgres({ dataDir, port, logger: captureLogger().logger, ...FAST_TEST_CLUSTER }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(inUse).toBeInstanceOf(AppError);
    expect((inUse as AppError).message).toMatch(/already in use by another running server \(process \d+\)/);
    expect(isProcessAlive(first.pid)).toBe(true);

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    expect(isProcessAlive(first.pid)).toBe(true); // the postmaster outlived its supervisor

    const log = captureLogger();
    server = await startEmbeddedPostgres({ dataDir, port, logger: log.logger, ...FAST_TEST_CLUSTER });
    expect(log.messages(40)).toEqual([
      'found an orphaned embedded PostgreSQL left by a killed server; shutting it down',
      'orphaned embedded PostgreSQL stopped',
    ]);
    expect(isProcessAlive(first.pid)).toBe(false);
    expect(server.pid).not.toBe(first.pid);
    expect(await query(server.connectionString, 'select name from survivors')).toEqual([{ name: '孤儿' }]);
  });
});

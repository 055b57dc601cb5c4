import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { captureLogger } from '../../test/capture-logger';
import { findFreePort } from '../../test/run-cli';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { FAST_TEST_CLUSTER } from '../../test/test-server';
import { chownRecursive } from './embedded-data-dir';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-supervisor';
import { isPortFree } from './port-check';
import { resolvePostgresBinaries } from './postgres-binaries';
import { isRunningAsRoot } from './postgres-user';

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client(connectionString);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return Promise.all(['/proc/net/tcp', '/proc/net/tcp6'].map((file) => readFile(file, 'utf8').catch(() => ''))).then(
    (tables) =>
      tables
        .flatMap((table) => table.split('\n').slice(1))
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
        .map((fields) => fields[1]!.split(':')[0]!),
  );
}

async function expectAppError(promise: Promise<unknown>, code: string, pattern: RegExp): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(pattern);
  return error as AppError;
}

describe('embedded PostgreSQL supervisor', () => {
  let dataDir: string;
  let server: EmbeddedPostgres | undefined;
  // Free ports found at run time: a fixed one collided with other servers on a shared machine.
  let port: number;
  let blockedPort: number;

  beforeAll(async () => {
    dataDir = await createTempDir('supervisor');
    port = await findFreePort();
    do blockedPort = await findFreePort();
    while (blockedPort === port);
  });

  afterAll(async () => {
    await server?.stop();
    await removeTempDir(dataDir);
  });

  it('initialises, starts, and serves the zjsc database over 127.0.0.1 only', async () => {
    const log = captureLogger();
    server = await startEmbeddedPostgres({ dataDir, port, logger: log.logger });
    const [row] = await query<{ db: string; user: string; listen: string; encoding: string; collate: string }>(
      server.connectionString,
      `select current_database() as db, current_user as user, current_setting('listen_addresses') as listen,
              pg_encoding_to_char(encoding) as encoding, datcollate as collate
       from pg_database where datname = current_database()`,
    );
    expect(row).toEqual({ db: 'zjsc', user: 'postgres', listen: '127.0.0.1', encoding: 'UTF8', collate: 'C' });
    const addresses = await listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    expect(new Set(addresses)).toEqual(new Set(['0100007F']));
    expect(log.messages()).toContain('initialising the embedded PostgreSQL cluster');
  });

  it('keeps the generated password in a 0600 file and requires it (scram-sha-256)', async () => {
    const passwordFile = path.join(dataDir, 'pg-password');
    expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);
    const password = (await readFile(passwordFile, 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(server!.connectionString).toContain(encodeURIComponent(password));
    const wrong = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'wrong', database: 'zjsc' });
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
    const [hba] = await query<{ methods: string }>(
      server!.connectionString,
      "select string_agg(distinct auth_method, ',') as methods from pg_hba_file_rules",
    );
    expect(hba!.methods).toBe('scram-sha-256');
  });

  it.runIf(isRunningAsRoot())('runs postgres as an unprivileged user when we are root', async () => {
    const status = await readFile(`/proc/${server!.pid}/status`, 'utf8');
    const uid = Number(/^Uid:\s+(\d+)/m.exec(status)![1]);
    expect(uid).not.toBe(0);
    expect((await stat(path.join(dataDir, 'pg'))).uid).toBe(uid);
  });

  it('stops with a fast shutdown and restarts with the data intact', async () => {
    await query(server!.connectionString, "create table kept (note text); insert into kept values ('留存')");
    await server!.stop();
    await server!.stop(); // idempotent
    expect(await isPortFree(port)).toBe(true);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const log = captureLogger();
    server = await startEmbeddedPostgres({ dataDir, port, logger: log.logger });
    expect(await query(server.connectionString, 'select note from kept')).toEqual([{ note: '留存' }]);
    expect(log.messages()).not.toContain('initialising the embedded PostgreSQL cluster');
  });

  it('refuses a port that another program holds, before touching anything', async () => {
    await server!.stop();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(blockedPort, '127.0.0.1', resolve));
    try {
      await expectAppError(
        startEmbeddedPostgres({ dataDir, port: blockedPort, logger: captureLogger().logger }),
        'EMBEDDED_DB_FAILED',
        new RegExp(`port ${blockedPort} .* in use .*EMBEDDED_DB_PORT`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('removes a stale postmaster.pid whose process is gone', async () => {
    const dead = spawn('true');
    await new Promise((resolve) => dead.once('exit', resolve));
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    await writeFile(pidFile, `${dead.pid}\n${path.join(dataDir, 'pg')}\n`);
    const log = captureLogger();
    server = await startEmbeddedPostgres({ dataDir, port, logger: log.logger });
    expect(log.messages().some((message) => message.includes('stale postmaster.pid'))).toBe(true);
    expect(await query(server.connectionString, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
  });

  it('reports an unexpected death of the server as fatal', async () => {
    const log = captureLogger();
    await server!.stop();
    let reportExit!: (exit: unknown) => void;
    const reported = new Promise((resolve) => (reportExit = resolve));
    server = await startEmbeddedPostgres({ dataDir, port, logger: log.logger, onUnexpectedExit: reportExit });
    const reasons: string[] = [];
    server.onUnexpectedExit((reason) => reasons.push(reason));
    process.kill(server.pid, 'SIGKILL');
    expect(await reported).toEqual({ code: null, signal: 'SIGKILL' });
    expect(reasons).toEqual([expect.stringMatching(/^PostgreSQL exited with SIGKILL; see .*pg\.log$/)]);
    server.onUnexpectedExit((reason) => reasons.push(reason)); // registered late: told at once
    expect(reasons).toHaveLength(2);
    expect(log.messages(60)).toEqual(['the embedded PostgreSQL exited unexpectedly']);
    // The killed server left its pid file behind; the next start copes with it.
    server = await startEmbeddedPostgres({ dataDir, port, logger: captureLogger().logger });
    expect(await query(server.connectionString, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
  });

  it('gives up after the start timeout with a clear error and leaves nothing running', async () => {
    await server!.stop();
    const error = await expectAppError(
      startEmbeddedPostgres({ dataDir, port, startTimeoutMs: 1, logger: captureLogger().logger }),
      'EMBEDDED_DB_FAILED',
      /PostgreSQL did not start within 1 ms; see .*pg\.log/,
    );
    expect(error.localizedMessage('zh-CN')).toContain('内置数据库启动失败');
    expect(await isPortFree(port)).toBe(true);
    server = await startEmbeddedPostgres({ dataDir, port, logger: captureLogger().logger });
    expect(await query(server.connectionString, 'select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('reports a server that exits during start with the end of its log', async () => {
    await server!.stop();
    await expectAppError(
      startEmbeddedPostgres({ dataDir, port, logger: captureLogger().logger, settings: { shared_buffers: 'lots' } }),
      'EMBEDDED_DB_FAILED',
      /PostgreSQL exited during start .*invalid value for parameter "shared_buffers"/,
    );
    expect(await isPortFree(port)).toBe(true);
  });

  it.runIf(isRunningAsRoot())('refuses a database directory owned by another user, saying what to do', async () => {
    await server!.stop();
    const pgDir = path.join(dataDir, 'pg');
    const owner = await stat(pgDir);
    await chown(pgDir, 4242, 4242);
    try {
      await expectAppError(
        startEmbeddedPostgres({ dataDir, port, logger: captureLogger().logger }),
        'EMBEDDED_DB_FAILED',
        /is owned by uid 4242.*chown -R/,
      );
    } finally {
      await chown(pgDir, owner.uid, owner.gid);
    }
  });

  it.runIf(isRunningAsRoot())('takes back a database directory that root came to own (e.g. copied by root)', async () => {
    const pgDir = path.join(dataDir, 'pg');
    const owner = await stat(pgDir);
    await chownRecursive(pgDir, 0, 0);
    server = await startEmbeddedPostgres({ dataDir, port, logger: captureLogger().logger });
    expect(await query(server.connectionString, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
    expect((await stat(path.join(pgDir, 'PG_VERSION'))).uid).toBe(owner.uid);
    await server.stop();
  });

  it.skipIf(isRunningAsRoot())('refuses a data directory it cannot write', async () => {
    const readOnly = await createTempDir('supervisor-readonly');
    await chmod(readOnly, 0o500);
    try {
      await expectAppError(
        startEmbeddedPostgres({ dataDir: readOnly, port: port + 2, logger: captureLogger().logger }),
        'EMBEDDED_DB_FAILED',
        /not writable .*DATA_DIR/,
      );
    } finally {
      await chmod(readOnly, 0o700);
      await removeTempDir(readOnly);
    }
  });
});

describe('embedded PostgreSQL initialisation failure', () => {
  it('leaves no half-made cluster, so the next start initialises cleanly', async () => {
    const dataDir = await createTempDir('supervisor-initdb');
    const fakeInitdb = path.join(dataDir, 'fake-initdb.sh');
    await writeFile(
      fakeInitdb,
      [
        '#!/bin/sh',
        'for arg in "$@"; do case "$arg" in --pgdata=*) dir="${arg#--pgdata=}"; mkdir -p "$dir"; echo 15 > "$dir/PG_VERSION";; esac; done',
        'echo "simulated initdb failure" >&2',
        'exit 1',
      ].join('\n'),
      { mode: 0o755 },
    );
    const real = await resolvePostgresBinaries();
    try {
      await expectAppError(
        startEmbeddedPostgres({ dataDir, port: 54342, logger: captureLogger().logger, binaries: { ...real, initdb: fakeInitdb }, ...FAST_TEST_CLUSTER }),
        'EMBEDDED_DB_FAILED',
        /initdb failed .*simulated initdb failure/,
      );
      expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'pg.initdb-tmp'))).toBe(false);

      const server = await startEmbeddedPostgres({ dataDir, port: 54342, logger: captureLogger().logger, ...FAST_TEST_CLUSTER });
      expect(await query(server.connectionString, 'select current_database() as db')).toEqual([{ db: 'zjsc' }]);
      await server.stop();
    } finally {
      await removeTempDir(dataDir);
    }
  });
});

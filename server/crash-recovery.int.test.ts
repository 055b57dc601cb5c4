import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCreditCode } from './modules/accounts';
import { EMBEDDED_DATABASE_NAME, EMBEDDED_SUPERUSER } from './platform/db/embedded-supervisor';
import { createTempDir, removeTempDir } from './test/temp-dir';
import { findFreePort, runCli, spawnCli, waitForHealthy } from './test/run-cli';

// The crash test of the foundation issue: SIGKILL the server (its postgres child lives on as an orphan) in the
// middle of concurrent writes, start it again on the same data dir, and find every acknowledged write.
let dir: string;
beforeAll(async () => {
  dir = await createTempDir('crash');
});
afterAll(() => removeTempDir(dir));

describe('a server killed with SIGKILL', () => {
  it('comes back up on its data dir and keeps every acknowledged write', async () => {
    const env = {
      DATA_DIR: dir,
      PORT: String(await findFreePort()),
      EMBEDDED_DB_PORT: String(await findFreePort()),
    };
    const base = `http://127.0.0.1:${env.PORT}`;
    const first = spawnCli(['start'], env);
    await waitForHealthy(base, first, 90_000);

    const acknowledged: string[] = [];
    let stop = false;
    let sequence = 0;
    // Ten writers submit enterprise registrations (user + registration + audit record in one transaction each).
    const writer = async () => {
      while (!stop) {
        const n = (sequence += 1);
        const body = String(20_000_000 + n).padStart(8, '0');
        try {
          const res = await fetch(`${base}/api/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              creditCode: composeCreditCode(body),
              enterpriseName: `崩溃测试企业${n}有限公司`,
              contactName: '测试',
              contactPhone: '021-50000000',
              username: `crash-${n}`,
              password: 'Crash2026pw',
            }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          // the connection died with the server: not acknowledged
        }
      }
    };
    const writers = Array.from({ length: 10 }, writer);
    while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 50));
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    stop = true;
    await Promise.all(writers);

    const second = spawnCli(['start'], env);
    try {
      await waitForHealthy(base, second, 90_000);
      const password = (await readFile(path.join(dir, 'pg-password'), 'utf8')).trim();
      const client = new pg.Client({
        host: '127.0.0.1',
        port: Number(env.EMBEDDED_DB_PORT),
        user: EMBEDDED_SUPERUSER,
        password,
        database: EMBEDDED_DATABASE_NAME,
      });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string; n: number }>(
          'select id::text, count(*) over (partition by credit_code)::int as n from enterprise_registrations where id = any($1::uuid[])',
          [acknowledged],
        );
        expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
        expect(rows.every((r) => r.n === 1)).toBe(true);
      } finally {
        await client.end();
      }
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }
    // The audit records written with those registrations still form an unbroken chain.
    const verify = await runCli(['audit', 'verify'], env);
    expect(verify.stdout + verify.stderr).toContain('audit chain intact');
    expect(verify.code).toBe(0);

    // SIGTERM the moment a first start answers health (start-up still runs: the job runner creates its schema after
    // listen): a clean stop, no postgres left behind (postgres removes postmaster.pid as it exits).
    const fresh = path.join(dir, 'fresh');
    const third = spawnCli(['start'], { ...env, DATA_DIR: fresh });
    await waitForHealthy(base, third, 90_000);
    const exit = new Promise<number | null>((resolve) => third.once('exit', (code) => resolve(code)));
    third.kill('SIGTERM');
    expect(await exit).toBe(0);
    await expect(readFile(path.join(fresh, 'pg', 'postmaster.pid'))).rejects.toThrow(/ENOENT/);
  }, 240_000);
});

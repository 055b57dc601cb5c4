/**
 * The kill test of issue 7: 50 concurrent submissions (each with its own Idempotency-Key and materials) against a
 * real `zjsc start`, SIGKILL mid-way, start again on the same data dir. Every acknowledged (201) case is there exactly
 * once, and retrying every key creates no second case: the acknowledged and the committed-but-unanswered ones come
 * back as they were (200), the rest are created now (201), one case per key in all.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '../accounts';
import { EMBEDDED_DATABASE_NAME, EMBEDDED_SUPERUSER } from '../../platform/db/embedded-supervisor';
import { SESSION_COOKIE } from '../../platform/auth';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { findFreePort, spawnCli, waitForHealthy } from '../../test/run-cli';
import { PDF_BYTES, RD_GROWTH_FACTS } from './cases-test-support';

const SUBMISSIONS = 50;
/** SIGKILL once this many submissions are acknowledged: mid-way through the 50. */
const KILL_AFTER = 10;

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('submit-crash');
});
afterAll(() => removeTempDir(dir));

interface Browser {
  cookie: string;
  csrfToken: string;
}

async function logIn(base: string, username: string): Promise<Browser> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!.split(';')[0]!;
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

function post(base: string, browser: Browser, url: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}${url}`, { method: 'POST', headers: { cookie: browser.cookie, 'x-csrf-token': browser.csrfToken, ...headers }, body });
}

/** The server's own database, as its superuser (the password is in DATA_DIR). */
async function connect(port: string): Promise<pg.Pool> {
  const password = (await readFile(path.join(dir, 'pg-password'), 'utf8')).trim();
  return new pg.Pool({ host: '127.0.0.1', port: Number(port), user: EMBEDDED_SUPERUSER, password, database: EMBEDDED_DATABASE_NAME, max: 2 });
}

/** Uploads with a few at a time, each key's two materials of its own (a material belongs to one case). */
async function uploadAll(base: string, browser: Browser, keys: string[]): Promise<Map<string, string[]>> {
  const materials = new Map<string, string[]>();
  for (let i = 0; i < keys.length; i += 10) {
    await Promise.all(keys.slice(i, i + 10).map(async (key) => materials.set(key, await uploadMaterials(base, browser))));
  }
  return materials;
}

async function uploadMaterials(base: string, browser: Browser): Promise<string[]> {
  const ids: string[] = [];
  for (const materialId of ['audit-report', 'financial-statements']) {
    const response = await post(base, browser, `/api/cases/materials?name=${materialId}.pdf&materialId=${materialId}`, PDF_BYTES, { 'content-type': 'application/octet-stream' });
    expect(response.status).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

function submit(base: string, browser: Browser, key: string, materials: string[]): Promise<Response> {
  const body = JSON.stringify({ policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials });
  return post(base, browser, '/api/cases', body, { 'content-type': 'application/json', 'idempotency-key': key });
}

describe('submissions when the server is killed (SIGKILL)', () => {
  it('keeps every acknowledged case exactly once, and retried keys create no duplicates', async () => {
    // Not in demo mode: its 30,000-firm registry would load in the background and compete for the CPU. The demo
    // accounts are seeded into the server's database instead.
    const env = { DATA_DIR: dir, PORT: String(await findFreePort()), EMBEDDED_DB_PORT: String(await findFreePort()), DEMO: 'false' };
    const base = `http://127.0.0.1:${env.PORT}`;
    const first = spawnCli(['start'], env);
    let firstExited = false;
    first.once('exit', () => (firstExited = true));
    try {
      await waitForHealthy(base, first, 60_000);
      const seeding = await connect(env.EMBEDDED_DB_PORT);
      await seedDemoAccounts(seeding, 'zhangjiang').finally(() => seeding.end());
      const enterprise = await logIn(base, 'ent-jq');
      const keys = Array.from({ length: SUBMISSIONS }, (_, i) => `kill-test-${i}`);
      const materials = await uploadAll(base, enterprise, keys);

      const acknowledged = new Map<string, string>();
      let killed = false;
      const kill = () => {
        if (killed) return;
        killed = true;
        first.kill('SIGKILL');
      };
      await Promise.all(
        keys.map(async (key) => {
          try {
            const response = await submit(base, enterprise, key, materials.get(key)!);
            if (response.status === 201) {
              acknowledged.set(key, ((await response.json()) as { id: string }).id);
              if (acknowledged.size >= KILL_AFTER) kill();
            }
          } catch {
            // the connection died with the server: not acknowledged
          }
        }),
      );
      kill();
      if (!firstExited) await new Promise((resolve) => first.once('exit', resolve));
      expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(acknowledged.size).toBeLessThan(SUBMISSIONS);

      const second = spawnCli(['start'], env);
      try {
        await waitForHealthy(base, second, 60_000);
        const again = await logIn(base, 'ent-jq');
        const retried = await Promise.all(
          keys.map(async (key) => {
            const response = await submit(base, again, key, materials.get(key)!);
            return { key, status: response.status, id: ((await response.json()) as { id: string }).id };
          }),
        );
        // Acknowledged keys answer with their case, unchanged; every key has one case now.
        for (const [key, id] of acknowledged) expect(retried.find((r) => r.key === key)).toEqual({ key, status: 200, id });
        expect(retried.every((r) => r.status === 200 || r.status === 201)).toBe(true);
        expect(new Set(retried.map((r) => r.id)).size).toBe(SUBMISSIONS);
        const replay = await Promise.all(keys.slice(0, 5).map(async (key) => (await submit(base, again, key, materials.get(key)!)).status));
        expect(replay).toEqual([200, 200, 200, 200, 200]);

        const client = await connect(env.EMBEDDED_DB_PORT);
        try {
          const kept = await client.query<{ id: string }>('select id::text from cases where id = any($1::uuid[])', [[...acknowledged.values()]]);
          expect(kept.rows.map((r) => r.id).sort()).toEqual([...acknowledged.values()].sort());
          const perKey = await client.query<{ keys: number; cases: number; numbers: number }>(
            `select count(*)::int as keys, count(distinct k.case_id)::int as cases, count(distinct c.case_number)::int as numbers
               from case_idempotency_keys k join cases c on c.id = k.case_id where k.key like 'kill-test-%'`,
          );
          expect(perKey.rows[0]).toEqual({ keys: SUBMISSIONS, cases: SUBMISSIONS, numbers: SUBMISSIONS });
          const all = await client.query<{ n: number }>(`select count(*)::int as n from cases where applicant_unit_id = 'ent-demo-jq'`);
          expect(all.rows[0]!.n).toBe(SUBMISSIONS);
          // The server's job runner scheduled the deadline job on the queue (pg-boss's own schema).
          const schedules = await client.query<{ name: string; cron: string }>('select name, cron from pgboss.schedule');
          expect(schedules.rows).toEqual([{ name: 'cases-deadline-alerts', cron: '*/10 * * * *' }]);
        } finally {
          await client.end();
        }
      } finally {
        second.kill('SIGTERM');
        await new Promise((resolve) => second.once('exit', resolve));
      }
    } finally {
      if (!firstExited) first.kill('SIGKILL');
    }
  }, 120_000);
});

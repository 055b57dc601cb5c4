/**
 * bench/cases — case actions under load (issue 7) against a real server (HTTP on a port) and the embedded
 * PostgreSQL. 50 clients, each on a case of its own, repeat an action (copy to a unit: 抄送) for a while, every
 * request naming the case version it read; then:
 *   - actions/s (target ≥ 500) and latency percentiles;
 *   - no lost update: for each case, final version − first version = the number of 200 answers (counted);
 *   - the ratio of an action's cost to the raw SQL writes it performs (the same statement — state update, timeline
 *     insert and audit record — sent by 50 concurrent clients straight to the database; target ≤ 3×);
 *   - two conflicting actions on one case at once: exactly one 200, one 409.
 * Figures only, no assertions.
 *
 *   npx tsx bench/cases/run.ts [seconds=10] [clients=50]
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type pg from 'pg';
import { pino } from 'pino';
import { ensureExpertPool, seedDemoAccounts } from '../../server/modules/accounts';
import { getEmbeddedPaths } from '../../server/platform/db/embedded-data-dir';
import { EMBEDDED_DATABASE_NAME, EMBEDDED_SUPERUSER } from '../../server/platform/db/embedded-supervisor';
import { migrate } from '../../server/platform/db/migrate';
import { createPool, openDatabase } from '../../server/platform/db/open-database';
import type { Logger } from '../../server/platform/logger';
import { applyZonePack } from '../../server/platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../../server/platform/zone/load-zone-pack';
import { recordAction } from '../../server/modules/cases/cases.repository';
import { findFreePort, waitForHealthy } from '../../server/test/run-cli';
import type { CaseState } from '../../core/workflow';
import { processCpuMs, trackPostgresCpu } from '../process-cpu';

const SECONDS = Number(process.argv[2] ?? 10);
const CLIENTS = Number(process.argv[3] ?? 50);
const DATA_DIR = '.tmp/bench-cases-data';
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const FACTS = { registeredInZone: true, taxedInZone: true, creditStatus: 'good', size: 'small', rdSpending: 8e6, rdSpendingPreviousYear: 5e6, itemIds: ['x'] };

interface Session {
  cookie: string;
  csrf: string;
}

let base = '';

async function request(session: Session, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : Buffer.isBuffer(body) ? { 'content-type': 'application/octet-stream' } : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function signIn(username: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  });
  const me = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.get('set-cookie')!.split(';')[0]!, csrf: me.csrfToken };
}

async function submitCase(ent: Session): Promise<{ id: string; version: number }> {
  const materials: string[] = [];
  for (const materialId of ['audit-report', 'financial-statements']) {
    const upload = await request(ent, 'POST', `/api/cases/materials?name=${materialId}.pdf&materialId=${materialId}`, PDF);
    materials.push(String(upload.json.id));
  }
  const submitted = await request(ent, 'POST', '/api/cases', { policyId: 'rd-growth', facts: FACTS, materials });
  if (submitted.status !== 201) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.json)}`);
  return { id: String(submitted.json.id), version: Number(submitted.json.version) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function main(): Promise<void> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const logger = pino({ level: 'warn' }) as Logger;
  const embeddedPort = await findFreePort();
  // Seed with the platform's own code, then hand the data dir to a real server process (`zjsc start`, demo off), so
  // that the server has a core of its own and its CPU is measured apart from the clients'.
  const seeding = await openDatabase({ dataDir: DATA_DIR, embeddedPort, logger });
  try {
    await migrate(seeding.pool, { logger });
    await applyZonePack(seeding.pool, await loadZonePack(resolveZoneDir('zhangjiang')));
    await ensureExpertPool(seeding.pool, 'zhangjiang');
    await seedDemoAccounts(seeding.pool, 'zhangjiang');
  } finally {
    await seeding.close();
  }
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  const server = spawn('node', ['bin/zjsc.js', 'start'], {
    env: { ...process.env, PORT: String(port), DATA_DIR, EMBEDDED_DB_PORT: String(embeddedPort), DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const password = () => readFileSync(getEmbeddedPaths(DATA_DIR).passwordFile, 'utf8').trim();
  let pool: pg.Pool | undefined;
  try {
    await waitForHealthy(base, server, 120_000);
    pool = createPool(`postgres://${EMBEDDED_SUPERUSER}:${encodeURIComponent(password())}@127.0.0.1:${embeddedPort}/${EMBEDDED_DATABASE_NAME}`, logger);
    const db = { pool };
    const ent = await signIn('ent-jq');
    const officer = await signIn('jq-officer');
    const cases = [];
    for (let i = 0; i < CLIENTS + 1; i++) cases.push(await submitCase(ent));
    console.log(`${CLIENTS} clients, ${SECONDS} s; server ${base} (zjsc start, pid ${server.pid})`);

    // Load: each client copies its case to a unit, again and again, with the version the last answer gave.
    const postgresCpu = trackPostgresCpu(db.pool);
    const transactions = async () =>
      Number((await db.pool.query<{ n: string }>('select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()')).rows[0]!.n);
    const cpuBefore = { server: processCpuMs(server.pid!) ?? 0, clients: processCpuMs(process.pid) ?? 0, postgres: await postgresCpu(), transactions: await transactions() };
    const latencies: number[] = [];
    const counts = new Map<string, { ok: number; conflict: number; other: number; first: number }>();
    const deadline = performance.now() + SECONDS * 1000;
    await Promise.all(
      cases.slice(0, CLIENTS).map(async (c) => {
        const tally = { ok: 0, conflict: 0, other: 0, first: c.version };
        counts.set(c.id, tally);
        let version = c.version;
        while (performance.now() < deadline) {
          const started = performance.now();
          const answer = await request(officer, 'POST', `/api/cases/${c.id}/actions`, { action: 'copy', version, unitIds: ['district-finance'] });
          latencies.push(performance.now() - started);
          if (answer.status === 200) {
            tally.ok++;
            version = Number(answer.json.version);
          } else if (answer.status === 409) tally.conflict++;
          else tally.other++;
        }
      }),
    );
    const cpuAfter = { server: processCpuMs(server.pid!) ?? 0, clients: processCpuMs(process.pid) ?? 0, postgres: await postgresCpu(), transactions: await transactions() };
    const ok = [...counts.values()].reduce((sum, t) => sum + t.ok, 0);
    const failed = [...counts.values()].reduce((sum, t) => sum + t.conflict + t.other, 0);
    latencies.sort((a, b) => a - b);
    const actionsPerSecond = ok / SECONDS;
    console.log(`actions: ${ok} ok, ${failed} not ok → ${actionsPerSecond.toFixed(0)} actions/s (target ≥ 500)`);
    console.log(
      `CPU per action: server ${((cpuAfter.server - cpuBefore.server) / ok).toFixed(2)} ms, clients ${((cpuAfter.clients - cpuBefore.clients) / ok).toFixed(2)} ms, ` +
        `postgres ${((cpuAfter.postgres - cpuBefore.postgres) / ok).toFixed(2)} ms; ` +
        `${((cpuAfter.transactions - cpuBefore.transactions) / ok).toFixed(1)} database transactions per action (each statement outside BEGIN is one)`,
    );
    console.log(`latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}`);

    // No lost update: every 200 moved its case's version by exactly one.
    const { rows } = await db.pool.query<{ id: string; version: number; timeline: number }>(
      `select c.id, c.version, (select count(*)::int from case_timeline t where t.case_id = c.id) as timeline from cases c where c.id = any($1::uuid[])`,
      [[...counts.keys()]],
    );
    const lost = rows.filter((r) => r.version - counts.get(r.id)!.first !== counts.get(r.id)!.ok || r.timeline !== r.version);
    console.log(`lost updates: ${lost.length} of ${rows.length} cases disagree (version − first ≠ 200s, or timeline rows ≠ version)`);

    // The raw SQL writes of one action, from 50 concurrent clients, for the same time.
    const rawBefore = { node: processCpuMs(process.pid) ?? 0, postgres: await postgresCpu() };
    const { perSecond: raw, done } = await rawWrites(db.pool, [...counts.keys()], SECONDS);
    const rawAfter = { node: processCpuMs(process.pid) ?? 0, postgres: await postgresCpu() };
    console.log(`raw SQL writes (the action's one statement: update + timeline + audit): ${raw.toFixed(0)} /s`);
    console.log(
      `CPU per raw write: node ${((rawAfter.node - rawBefore.node) / done).toFixed(2)} ms, postgres ${((rawAfter.postgres - rawBefore.postgres) / done).toFixed(2)} ms`,
    );
    console.log(`cost ratio action / raw writes: ${(raw / actionsPerSecond).toFixed(2)}× (target ≤ 3×)`);

    // Two conflicting actions at once.
    const target = cases[CLIENTS]!;
    const pair = await Promise.all([
      request(officer, 'POST', `/api/cases/${target.id}/actions`, { action: 'accept', version: target.version }),
      request(officer, 'POST', `/api/cases/${target.id}/actions`, { action: 'refuse', version: target.version, reasons: ['bench'] }),
    ]);
    console.log(`conflict: statuses ${pair.map((p) => p.status).sort().join(', ')} (expected 200, 409)`);
  } finally {
    await pool?.end();
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

async function rawWrites(pool: pg.Pool, caseIds: string[], seconds: number): Promise<{ perSecond: number; done: number }> {
  const { rows } = await pool.query<{ id: string; state: CaseState; version: number; user_id: string }>(
    `select c.id, c.state, c.version, c.submitted_by as user_id from cases c where c.id = any($1::uuid[])`,
    [caseIds],
  );
  let done = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    rows.map(async (row) => {
      let version = row.version;
      const write = { state: row.state, unitIds: ['district-finance'], expertUserIds: [], deadlineYellowOn: null, deadlineDue: null };
      const actor = { userId: row.user_id, unitId: 'jinqiao', roles: [], isApplicant: false, capacity: 'own' as const, inNameOfUnitId: null };
      while (performance.now() < deadline) {
        const at = new Date().toISOString();
        await recordAction(pool, {
          id: row.id, version, write, at, seq: version + 1,
          entry: { at, action: 'copy', actor, fromStage: 'intake', toStage: 'intake', payload: {}, definitionId: 'bench', definitionVersion: 'bench' },
          audit: { actorUserId: row.user_id, actingUnitId: 'jinqiao', capacity: 'own', action: 'cases.copy', objectType: 'case', objectId: row.id,
            before: { version }, after: { version: version + 1 }, requestId: null, clientAddress: null },
        });
        version++;
        done++;
      }
    }),
  );
  return { perSecond: done / seconds, done };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

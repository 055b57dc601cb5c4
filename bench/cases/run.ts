/**
 * bench/cases — case actions under load (issue 7) against a real server (HTTP on a port) and the embedded
 * PostgreSQL. 50 clients, each on a case of its own, repeat an action (copy to a unit: 抄送) for a while, every
 * request naming the case version it read, first asking for the outcome only (`Prefer: return=minimal`, as a bulk
 * accept or an integration does), then for the whole case with its growing timeline (as the case page does); then:
 *   - actions/s (target ≥ 500), CPU per action and latency percentiles, for each kind of answer;
 *   - no lost update: for each case, final version − first version = the number of 200 answers (counted);
 *   - the ratio of an action's cost to the raw SQL writes it performs (the same statement — state update, timeline
 *     insert and audit record — sent by 50 concurrent clients straight to the database; target ≤ 3×), in actions/s
 *     and in CPU per action;
 *   - two conflicting actions on one case at once: exactly one 200, one 409.
 * Figures only, no assertions.
 *
 *   npx tsx bench/cases/run.ts [seconds=10] [clients=50] [warm-up seconds=3]
 *   PROFILE_DIR=/tmp/prof npx tsx bench/cases/run.ts    (the server runs with --cpu-prof, its profile written there)
 *   PG_STATEMENTS=1 npx tsx bench/cases/run.ts          (PostgreSQL loads pg_stat_statements; the statements run per
 *                                                       action under load are listed with their execution time)
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
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
const WARMUP = Number(process.argv[4] ?? 3);
const DATA_DIR = '.tmp/bench-cases-data';
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const FACTS = { registeredInZone: true, taxedInZone: true, creditStatus: 'good', size: 'small', rdSpending: 8e6, rdSpendingPreviousYear: 5e6, itemIds: ['x'] };

interface Session {
  cookie: string;
  csrf: string;
}

let base = '';
// The clients are the measuring tool, not the system under test: plain keep-alive HTTP/1.1 requests cost them about
// half of what fetch (undici) did per action, which leaves more of the two cores to the server and PostgreSQL.
const agent = new http.Agent({ keepAlive: true });

/** One HTTP exchange on a kept-alive connection; the body of the answer parsed as JSON, as a browser's client would. */
function send(method: string, path: string, headers: Record<string, string>, body?: Buffer | string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; json: Record<string, unknown>; bytes: number }>((resolve, reject) => {
    const outgoing = http.request(base + path, { method, agent, headers: { ...headers, 'content-length': String(body === undefined ? 0 : Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const text = Buffer.concat(chunks);
          resolve({ status: response.statusCode!, headers: response.headers, json: JSON.parse(text.toString('utf8')) as Record<string, unknown>, bytes: text.length });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function request(session: Session, method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf, ...extra };
  if (body !== undefined) headers['content-type'] = Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json';
  return send(method, path, headers, body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

async function signIn(username: string): Promise<Session> {
  const response = await send('POST', '/api/auth/login', { 'content-type': 'application/json' }, JSON.stringify({ username, password: 'Demo@2026' }));
  return { cookie: String(response.headers['set-cookie']![0]).split(';')[0]!, csrf: String(response.json.csrfToken) };
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

type Answer = 'minimal' | 'case';
const ANSWERS: Record<Answer, string> = {
  minimal: 'answered with the outcome only (Prefer: return=minimal)',
  case: 'answered with the whole case, its timeline growing by one entry per action (the case page)',
};

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
  if (process.env.PG_STATEMENTS === '1') {
    appendFileSync(`${getEmbeddedPaths(DATA_DIR).pgDir}/postgresql.auto.conf`, "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track_planning = on\n");
  }
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  const server = spawn('node', [...profile, 'bin/zjsc.js', 'start'], {
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
    console.log(`${CLIENTS} clients, ${SECONDS} s after ${WARMUP} s of warm-up; server ${base} (zjsc start, pid ${server.pid})`);

    // Load: each client copies its case to a unit, again and again, with the version the last answer gave.
    const postgresCpu = trackPostgresCpu(db.pool);
    const transactions = async () =>
      Number((await db.pool.query<{ n: string }>('select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()')).rows[0]!.n);
    const counts = new Map(cases.slice(0, CLIENTS).map((c) => [c.id, { ok: 0, conflict: 0, other: 0, first: c.version, version: c.version }]));
    const load = (seconds: number, answer: Answer, latencies: number[], answered = { bytes: 0 }) => {
      const deadline = performance.now() + seconds * 1000;
      const headers: Record<string, string> = answer === 'minimal' ? { prefer: 'return=minimal' } : {};
      return Promise.all(
        [...counts].map(async ([id, tally]) => {
          while (performance.now() < deadline) {
            const started = performance.now();
            const body = { action: 'copy', version: tally.version, unitIds: ['district-finance'] };
            const response = await request(officer, 'POST', `/api/cases/${id}/actions`, body, headers);
            latencies.push(performance.now() - started);
            answered.bytes += response.bytes;
            if (response.status === 200) {
              tally.ok++;
              tally.version = Number(response.json.version);
            } else if (response.status === 409) tally.conflict++;
            else tally.other++;
          }
        }),
      );
    };
    const total = (key: 'ok' | 'conflict' | 'other') => [...counts.values()].reduce((sum, t) => sum + t[key], 0);
    const measure = async (answer: Answer) => {
      // The same load first, not counted: sustained figures, without the server's compiler still at work on its
      // first seconds of actions (about a fifth of its CPU in a 10 s run straight after start).
      await load(WARMUP, answer, []);
      const warm = { ok: total('ok'), failed: total('conflict') + total('other') };
      if (process.env.PG_STATEMENTS === '1') {
        await db.pool.query('create extension if not exists pg_stat_statements');
        await db.pool.query('select pg_stat_statements_reset()');
      }
      const latencies: number[] = [];
      const answered = { bytes: 0 };
      const cpuBefore = { server: processCpuMs(server.pid!) ?? 0, clients: processCpuMs(process.pid) ?? 0, postgres: await postgresCpu(), transactions: await transactions() };
      await load(SECONDS, answer, latencies, answered);
      const cpuAfter = { server: processCpuMs(server.pid!) ?? 0, clients: processCpuMs(process.pid) ?? 0, postgres: await postgresCpu(), transactions: await transactions() };
      const ok = total('ok') - warm.ok;
      const failed = total('conflict') + total('other') - warm.failed;
      latencies.sort((a, b) => a - b);
      const timelineLength = Math.round([...counts.values()].reduce((sum, t) => sum + t.version, 0) / counts.size);
      console.log(`\n${ANSWERS[answer]}`);
      console.log(`  actions: ${ok} ok, ${failed} not ok → ${(ok / SECONDS).toFixed(0)} actions/s (target ≥ 500)`);
      console.log(
        `  CPU per action: server ${((cpuAfter.server - cpuBefore.server) / ok).toFixed(2)} ms, clients ${((cpuAfter.clients - cpuBefore.clients) / ok).toFixed(2)} ms, ` +
          `postgres ${((cpuAfter.postgres - cpuBefore.postgres) / ok).toFixed(2)} ms; ` +
          `${((cpuAfter.transactions - cpuBefore.transactions) / ok).toFixed(1)} database transactions per action (each statement outside BEGIN is one)`,
      );
      if (process.env.PG_STATEMENTS === '1') await printStatements(db.pool, ok);
      console.log(
        `  latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}; ` +
          `answers ${(answered.bytes / latencies.length / 1024).toFixed(1)} kB on average; timelines ${timelineLength} entries long at the end`,
      );
      return { perSecond: ok / SECONDS, cpuMs: (cpuAfter.server - cpuBefore.server + cpuAfter.postgres - cpuBefore.postgres) / ok };
    };
    const minimal = await measure('minimal');
    const full = await measure('case');

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
    const rawCpuMs = (rawAfter.node - rawBefore.node + rawAfter.postgres - rawBefore.postgres) / done;
    console.log(`\nraw SQL writes (the action's one statement: update + timeline + audit): ${raw.toFixed(0)} /s`);
    console.log(
      `  CPU per raw write: node ${((rawAfter.node - rawBefore.node) / done).toFixed(2)} ms, postgres ${((rawAfter.postgres - rawBefore.postgres) / done).toFixed(2)} ms`,
    );
    for (const [answer, figures] of [['minimal', minimal], ['case', full]] as const) {
      console.log(
        `  cost ratio action / raw writes, ${answer === 'minimal' ? 'outcome only' : 'whole case'}: ${(raw / figures.perSecond).toFixed(2)}× in actions/s, ` +
          `${(figures.cpuMs / rawCpuMs).toFixed(2)}× in CPU (server + postgres against node + postgres) (target ≤ 3×)`,
      );
    }

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

/** The statements PostgreSQL ran during the load, per action: calls and execution time (wall, in the backend). */
async function printStatements(pool: pg.Pool, actions: number): Promise<void> {
  const { rows } = await pool.query<{ calls: string; plans: string; ms: number; planMs: number; query: string }>(
    `select calls, plans, total_exec_time as ms, total_plan_time as "planMs", regexp_replace(query, '\\s+', ' ', 'g') as query
       from pg_stat_statements where query not like '%pg_stat%' order by total_exec_time + total_plan_time desc limit 8`,
  );
  for (const r of rows) {
    console.log(
      `  ${(Number(r.calls) / actions).toFixed(2)} calls/action, ${(r.ms / actions).toFixed(3)} ms/action executing, ` +
        `${(Number(r.plans) / actions).toFixed(2)} plans/action, ${(r.planMs / actions).toFixed(3)} ms/action planning: ${r.query.slice(0, 90)}`,
    );
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

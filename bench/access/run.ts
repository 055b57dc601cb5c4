/**
 * bench/access — the cost of data scopes (issue 3). Seeds 10,000 enterprise registrations in the 金桥管理局 area and
 * 30,000 elsewhere (spread over the other bodies and the towns), then times the same list endpoint
 * (GET /api/registrations, first page of 20 with its total) for the 金桥 officer (territory scope: 10,000 rows)
 * and for the platform administrator (whole zone: 40,000 rows), alternating so machine noise hits both, through
 * the full HTTP stack (app.inject: auth hook, scope filter, SQL, serialisation). Prints median and p95 of each and
 * the ratio. Targets: officer p95 ≤ 50 ms and ≤ 1.5× the administrator's. Figures only, no assertions.
 *
 *   npx tsx bench/access/run.ts [requests=300]
 */
import { rmSync } from 'node:fs';
import type pg from 'pg';
import { pino } from 'pino';
import { ensureExpertPool, seedDemoAccounts } from '../../server/modules/accounts';
import { DEFAULT_AUTH_SETTINGS, scopeSql, SESSION_COOKIE, type ScopeColumns } from '../../server/platform/auth';
import { migrate } from '../../server/platform/db/migrate';
import { openDatabase } from '../../server/platform/db/open-database';
import { createApp } from '../../server/platform/http/create-app';
import type { Logger } from '../../server/platform/logger';
import { applyZonePack } from '../../server/platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../../server/platform/zone/load-zone-pack';
import { moduleRegistrar } from '../../server/register-modules';

const REQUESTS = Number(process.argv[2] ?? 300);
const WARMUP = 40;
const IN_SCOPE = 10_000;
// Must be 3 × IN_SCOPE: the generator puts every 4th row in the officer's area.
const OUTSIDE = 30_000;
const DATA_DIR = '.tmp/bench-access-data';
// The registration scope columns as the accounts policy declares them (its file is behind the module's index).
const registrationScopeColumns: ScopeColumns = { unit: 'r.enterprise_unit_id', body: 'r.body_id', town: 'r.town_code', owner: 'r.submitted_user_id' };

async function main(): Promise<void> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const logger = pino({ level: 'warn' }) as Logger;
  const db = await openDatabase({ dataDir: DATA_DIR, embeddedPort: 54393, logger });
  try {
    await migrate(db.pool, { logger });
    await applyZonePack(db.pool, await loadZonePack(resolveZoneDir('zhangjiang')));
    await ensureExpertPool(db.pool, 'zhangjiang');
    await seedDemoAccounts(db.pool, 'zhangjiang');
    const seeded = performance.now();
    await seedRegistrations(db.pool);
    console.log(`seeded ${IN_SCOPE} registrations in the 金桥 area and ${OUTSIDE} elsewhere in ${Math.round(performance.now() - seeded)} ms`);

    const app = await createApp({
      logger,
      version: 'bench',
      bodyLimitBytes: 1_048_576,
      registerModules: moduleRegistrar({ db, zoneId: 'zhangjiang', auth: DEFAULT_AUTH_SETTINGS }),
    });
    const officer = await signIn(app, 'jq-officer');
    const admin = await signIn(app, 'admin');
    const officerTotal = await total(app, officer);
    const adminTotal = await total(app, admin);
    console.log(`totals: jq-officer ${officerTotal}, admin ${adminTotal}`);

    for (const [label, url] of [
      ['list (all statuses)', '/api/registrations?page=1&pageSize=20'],
      ['queue (status=pending)', '/api/registrations?status=pending&page=1&pageSize=20'],
      ['search (q=企业 1)', `/api/registrations?q=${encodeURIComponent('企业1')}&page=1&pageSize=20`],
    ] as const) {
      const samples = { officer: [] as number[], admin: [] as number[] };
      for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
        for (const who of i % 2 === 0 ? (['officer', 'admin'] as const) : (['admin', 'officer'] as const)) {
          const started = performance.now();
          const response = await app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: who === 'officer' ? officer : admin } });
          const elapsed = performance.now() - started;
          if (response.statusCode !== 200) throw new Error(`${who} ${url}: ${response.statusCode} ${response.body}`);
          if (i >= WARMUP) samples[who].push(elapsed);
        }
      }
      const o = stats(samples.officer);
      const a = stats(samples.admin);
      console.log('');
      console.log(`bench/access ${label}  requests=${REQUESTS} each (after ${WARMUP} warm-up)`);
      console.log(`  jq-officer (territory, ${officerTotal} of ${adminTotal})  median ${o.median.toFixed(2)} ms  p95 ${o.p95.toFixed(2)} ms`);
      console.log(`  admin (zone)                          median ${a.median.toFixed(2)} ms  p95 ${a.p95.toFixed(2)} ms`);
      console.log(`  ratio officer/admin: median ${(o.median / a.median).toFixed(2)}×  p95 ${(o.p95 / a.p95).toFixed(2)}×  (targets: p95 ≤ 50 ms, ≤ 1.5×)`);
    }
    await app.close();
  } finally {
    await db.close();
  }
}

// Every 4th registration lies in the 金桥 body area (10,000 of 40,000), the rest spread over the other five bodies;
// towns and statuses are spread over all; the areas interleave in time, as real submissions would.
async function seedRegistrations(pool: pg.Pool): Promise<void> {
  const submitter = await pool.query<{ id: string }>(
    `insert into users (username, display_name, password_hash, status) values ('bench-submitter', 'bench', 'x', 'pending') returning id`,
  );
  await pool.query(
    `insert into enterprise_registrations (status, credit_code, enterprise_name, contact_name, contact_phone, body_id,
                                           town_code, submitted_user_id, submitted_at, reviewed_at, reason)
     select s.status, '91310115MA1' || lpad(n::text, 7, '0'), '基准企业' || n || '有限公司', '联系人', '021-50800000',
            s.body, s.town, $1, now() - n * interval '1 minute',
            case when s.status = 'pending' then null else now() end,
            case when s.status = 'rejected' then '材料不全' end
       from generate_series(1, $2::int) as n,
            lateral (select case when n % 4 = 0 then 'jinqiao'
                                 else (array['zhangjiang', 'resort', 'lujiazui', 'expo', 'chuansha'])[1 + n % 5] end as body,
                            (array['310115125', '310115136', '310115132', '310115105', '310115137', '310115103', '310115114',
                                   '310115120', '310115117', '310115110', '310115016'])[1 + n % 11] as town,
                            (array['pending', 'pending', 'verified', 'rejected'])[1 + (n / 4) % 4] as status) as s`,
    [submitter.rows[0]!.id, IN_SCOPE + OUTSIDE],
  );
  // What autovacuum would have done after a bulk load: statistics, and the visibility map for index-only counts.
  await pool.query('vacuum analyze enterprise_registrations');
  if (process.env.BENCH_EXPLAIN) await explain(pool);
}

// BENCH_EXPLAIN=1 prints the plans of the officer's page and count, to see which index the scope uses.
async function explain(pool: pg.Pool): Promise<void> {
  const filter = { all: false, unitIds: [], bodyIds: ['jinqiao'], townCodes: [], ownerIds: [] };
  for (const [label, sql] of [
    ['page', `select r.id from enterprise_registrations r join users su on su.id = r.submitted_user_id where ${scopeSql(filter, registrationScopeColumns, [])} order by r.submitted_at desc, r.id desc limit 20`],
    ['count', `select count(*) from enterprise_registrations r where ${scopeSql(filter, registrationScopeColumns, [])}`],
    ['queue page', `select r.id from enterprise_registrations r join users su on su.id = r.submitted_user_id where ${scopeSql(filter, registrationScopeColumns, [])} and r.status = 'pending' order by r.submitted_at desc, r.id desc limit 20`],
    ['queue count', `select count(*) from enterprise_registrations r where ${scopeSql(filter, registrationScopeColumns, [])} and r.status = 'pending'`],
  ] as const) {
    const { rows } = await pool.query(`explain (analyze, buffers, costs off) ${sql}`, [['jinqiao']]);
    console.log(`-- ${label}\n${rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
  }
}

async function signIn(app: Awaited<ReturnType<typeof createApp>>, username: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Demo@2026' } });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (!cookie) throw new Error(`sign-in ${username}: ${response.body}`);
  return cookie;
}

async function total(app: Awaited<ReturnType<typeof createApp>>, cookie: string): Promise<number> {
  const response = await app.inject({ method: 'GET', url: '/api/registrations?pageSize=1', cookies: { [SESSION_COOKIE]: cookie } });
  return (response.json() as { total: number }).total;
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

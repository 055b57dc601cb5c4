/**
 * The data both registry read benchmarks run on (statistics.bench.ts, lookup.bench.ts): a database of its own with
 * the migrations, the zone pack, the demo accounts and N synthetic enterprises (default 1,000,000) generated in SQL,
 * spread over the zone's towns, bodies, communities and industries with realistic gaps (codes, measures, dates). The
 * database is kept between runs (`.tmp/bench-registry-read`, or DATABASE_URL's server) and rebuilt when its size
 * differs or with --fresh. Also the app (auth + sign-in + the registry read routes) called through `inject`.
 */
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import { normalizeEnterpriseName } from '../../core/registry/index';
import { accountsRoutes, DEMO_PASSWORD, seedDemoAccounts } from '../../server/modules/accounts/index';
import { readRoutes } from '../../server/modules/registry/read.routes';
import { DEFAULT_AUTH_SETTINGS, installAuth, SESSION_COOKIE } from '../../server/platform/auth/index';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../server/platform/db/embedded-supervisor';
import { migrate } from '../../server/platform/db/migrate';
import { createPool } from '../../server/platform/db/open-database';
import { createApp } from '../../server/platform/http/create-app';
import type { Logger } from '../../server/platform/logger';
import { applyZonePack } from '../../server/platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../../server/platform/zone/load-zone-pack';
import { FAST_TEST_CLUSTER, withDatabase } from '../../server/test/test-server';

const ZONE = 'zhangjiang';
const DATABASE = 'zjsc_bench_registry_read';
const DATA_DIR = '.tmp/bench-registry-read';
const PORT = 54393;

export interface ReadBench {
  app: FastifyInstance;
  pool: pg.Pool;
  count: number;
  /** Sign in and return the cookie header for inject. */
  signIn(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function openReadBench(count: number, fresh: boolean): Promise<ReadBench> {
  const logger = pino({ level: 'warn' }) as unknown as Logger;
  let server: EmbeddedPostgres | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT, logger, ...FAST_TEST_CLUSTER });
    adminUrl = server.connectionString;
  }
  const databaseUrl = withDatabase(adminUrl, DATABASE);
  let pool = await ensureDatabase(adminUrl, databaseUrl, fresh);
  const present = Number((await pool.query<{ n: string }>('select count(*)::text as n from registry_enterprises')).rows[0]!.n);
  if (present !== count) {
    await pool.end();
    pool = await ensureDatabase(adminUrl, databaseUrl, true);
    await generateEnterprises(pool, count);
  } else {
    console.log(`reusing ${DATABASE} with ${present.toLocaleString('en')} enterprises (--fresh to rebuild)`);
  }
  const app = await createApp({
    logger,
    version: 'bench',
    bodyLimitBytes: 1_048_576,
    registerModules: async (instance) => {
      await installAuth(instance, { pool, settings: DEFAULT_AUTH_SETTINGS });
      await instance.register(accountsRoutes, { pool, zoneId: ZONE, settings: DEFAULT_AUTH_SETTINGS });
      await instance.register(readRoutes, { pool, zoneId: ZONE, uploadDir: DATA_DIR });
    },
  });
  return {
    app,
    pool,
    count,
    async signIn(username) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
      if (response.statusCode !== 200 || !cookie) throw new Error(`sign-in ${username}: ${response.statusCode} ${response.body}`);
      return `${SESSION_COOKIE}=${cookie}`;
    },
    async close() {
      await app.close();
      await pool.end();
      await server?.stop();
    },
  };
}

async function ensureDatabase(adminUrl: string, databaseUrl: string, fresh: boolean): Promise<pg.Pool> {
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount === 1;
    if (exists && fresh) await admin.query(`drop database ${DATABASE} with (force)`);
    if (!exists || fresh) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  // pool.end() lets go of its clients before their sockets close; the server's shutdown right after would be logged
  // as idle clients failing, which is noise here.
  const pool = createPool(databaseUrl, pino({ level: 'silent' }) as unknown as Logger, 10);
  await migrate(pool);
  await applyZonePack(pool, await loadZonePack(resolveZoneDir(ZONE)));
  await seedDemoAccounts(pool, ZONE);
  return pool;
}

/** 行业 → the words its firms' names end in, and its chain segments. */
const INDUSTRY_NAMES: Array<{ industry: string; share: number; words: string[]; segments: string[] }> = [
  { industry: 'biomedicine', share: 25, words: ['生物医药', '医药科技', '生物科技', '医疗器械'], segments: ['innovative-drugs', 'cro', 'cdmo', 'cell-gene-therapy', 'medical-devices'] },
  { industry: 'integrated-circuits', share: 20, words: ['集成电路', '半导体', '微电子', '芯片科技'], segments: ['design', 'manufacturing', 'packaging-testing', 'equipment', 'materials'] },
  { industry: 'artificial-intelligence', share: 15, words: ['智能科技', '人工智能', '数据科技', '信息技术'], segments: [] },
  { industry: 'other', share: 40, words: ['贸易', '咨询', '投资管理', '新材料', '精密机械', '软件'], segments: [] },
];
const TRADE_CHARACTERS = '华海东方宏远恒泰瑞康博源鑫达天元盛通中科创新联合光明金晨宇星汇丰德润安永嘉信诚兴隆昌茂佳伟志明旭升腾飞祥和正道景裕凯越锦程';

/**
 * N enterprises in one INSERT … SELECT over generate_series: deterministic (hashes of the row number), about 80%
 * with a credit code, 97% placed in the zone, 1% outside, 2% not placed, measures and dates with gaps.
 */
async function generateEnterprises(pool: pg.Pool, count: number): Promise<void> {
  const towns = (await pool.query<{ code: string }>(`select code from org_units where zone_id = $1 and kind = 'town' order by sort_order`, [ZONE])).rows.map((r) => r.code);
  const bodies = (await pool.query<{ id: string }>(`select id from org_units where zone_id = $1 and kind = 'body' order by sort_order`, [ZONE])).rows.map((r) => r.id);
  const industries = INDUSTRY_NAMES.flatMap((entry) => Array<string>(entry.share).fill(entry.industry));
  const words = INDUSTRY_NAMES.map((entry) => entry.words);
  const wordCounts = words.map((w) => w.length);
  const segments = INDUSTRY_NAMES.map((entry) => entry.segments);
  // The legal-form part of name_key as the write side builds it, so keys look like theirs.
  const keySuffix = normalizeEnterpriseName('华海生物医药有限公司').key.slice('华海生物医药'.length);
  // The bigram index is built after the load (as a bulk loader would), from its definition in the migration.
  const { indexdef } = (await pool.query<{ indexdef: string }>(`select indexdef from pg_indexes where indexname = 'registry_enterprises_name_grams_idx'`)).rows[0]!;
  const started = performance.now();
  await pool.query('drop index registry_enterprises_name_grams_idx');
  await pool.query(
    `with lists as (
       select $2::text[] as towns, $3::text[] as bodies, $4::text[] as industries, $6::jsonb as words, $7::int[] as word_counts,
              $8::jsonb as segments
     ), g as (
       select i, abs(hashint4(i)::bigint) as h1, abs(hashint4(i + 1000003)::bigint) as h2, abs(hashint4(i + 2000003)::bigint) as h3, abs(hashint4(i + 3000017)::bigint) as h4
         from generate_series(1, $1::int) as i
     ), f as (
       select g.*, lists.*,
              lists.industries[(1 + h1 % 100)::int] as industry,
              substr($5, (1 + h1 % length($5))::int, 1) || substr($5, (1 + h2 % length($5))::int, 1) || substr($5, (1 + h3 % length($5))::int, 1) as trade,
              h4 % 100 as placement
         from g cross join lists
     ), n as (
       select f.*,
              array_position(array['biomedicine', 'integrated-circuits', 'artificial-intelligence', 'other'], industry) as ix,
              (1 + h2 % array_length(towns, 1))::int as town_ix
         from f
     ), w as (
       select n.*,
              (words -> (ix - 1) ->> (h3 % word_counts[ix])::int) as word,
              case when jsonb_array_length(segments -> (ix - 1)) > 0 and h4 % 10 < 8
                   then segments -> (ix - 1) ->> (h1 % jsonb_array_length(segments -> (ix - 1)))::int end as segment
         from n
     )
     insert into registry_enterprises (id, zone_id, credit_code, name, name_key, address, founded_on, industry_code, industry,
       chain_segment, registered_capital, employees, revenue, tax, status, area, in_zone, body_id, town_code, community, lng, lat,
       located_by, in_directory, entered_zone_on, left_zone_on, provenance, record_count)
     select case when h1 % 10 < 8 then code else 'R:bench:' || i end, $9, case when h1 % 10 < 8 then code end,
            case when h2 % 3 = 0 then '上海' else '' end || trade || word || '有限公司',
            trade || word || $10,
            '浦东新区' || trade || '路' || (h3 % 999 + 1) || '号',
            date '1990-01-01' + (h2 % 12400)::int,
            lpad((h3 % 9000 + 1000)::text, 4, '0'),
            industry, segment,
            case when h3 % 10 < 7 then (h4 % 1000000) / 10.0 end,
            case when h2 % 10 < 6 then (h1 % 500)::int end,
            case when h1 % 10 < 5 then (h2 % 10000000) / 10.0 end,
            case when h4 % 10 < 5 then (h3 % 500000) / 10.0 end,
            case when h3 % 100 < 5 then 'deregistered' else 'active' end,
            case when placement < 97 then case when bodies[1 + town_ix % array_length(bodies, 1)] = 'zhangjiang' then 'original' else 'expansion' end end,
            case when placement < 97 then true when placement = 97 then false end,
            case when placement < 97 then bodies[1 + town_ix % array_length(bodies, 1)] end,
            case when placement < 97 then towns[town_ix] end,
            case when placement < 97 and h1 % 10 < 6 then 'community-' || lpad((1 + h2 % 15)::text, 2, '0') end,
            case when placement < 98 then 121.5 + (h1 % 2000) / 10000.0 end,
            case when placement < 98 then 31.1 + (h2 % 2000) / 10000.0 end,
            case when placement < 98 then (array['coordinates', 'address'])[(1 + h3 % 2)::int] end,
            h4 % 100 < 85,
            case when h1 % 10 < 6 then date '1990-01-01' + (h2 % 12400)::int + (h3 % 1500)::int end,
            case when h4 % 100 >= 97 then date '2015-01-01' + (h1 % 3500)::int end,
            '{}'::jsonb,
            1 + h3 % 3
       from (select w.*, '91310115' || upper(lpad(to_hex(i), 10, '0')) as code from w) as rows`,
    [count, towns, bodies, industries, TRADE_CHARACTERS, JSON.stringify(words), wordCounts, JSON.stringify(segments), ZONE, keySuffix],
  );
  const inserted = performance.now();
  await pool.query(indexdef);
  const indexed = performance.now();
  await pool.query('vacuum analyze registry_enterprises');
  console.log(
    `generated ${count.toLocaleString('en')} enterprises: insert ${((inserted - started) / 1000).toFixed(1)} s (other indexes maintained), ` +
      `name bigram GIN index built in ${((indexed - inserted) / 1000).toFixed(1)} s, vacuum analyze ${((performance.now() - indexed) / 1000).toFixed(1)} s`,
  );
}

/** Median and 95th percentile (nearest rank) of a sample, in ms. */
export function summarize(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

/** One GET through inject, timed from call to parsed answer; throws on a non-2xx answer. */
export async function timedGet(app: FastifyInstance, cookie: string, url: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await app.inject({ method: 'GET', url, headers: { cookie } });
  const body = String(response.headers['content-type']).includes('json') ? response.json() : response.rawPayload;
  const ms = performance.now() - started;
  if (response.statusCode >= 300) throw new Error(`GET ${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return { ms, body };
}

/**
 * Registry statistics over HTTP (issue 5): N synthetic enterprises (default 1,000,000, see read-bench-database.ts),
 * every statistics query `runs` times (default 50) as the administrator (whole zone) and as the 金桥 officer (a
 * territory scope), through the real auth hook and routes (`inject`). Prints median and p95 per query; target
 * p95 ≤ 200 ms. Also: what keeping the pre-aggregated statistics exact costs the writers (statement triggers), the
 * same aggregate straight over the enterprises for comparison, and an Excel export's time and memory.
 * Lists and the coverage report are printed for information (their target is not the statistics one).
 * Figures only, no assertions.
 *
 *   npx tsx bench/registry/statistics.bench.ts [enterprises=1000000] [runs=50] [--fresh]
 */
import { openReadBench, summarize, timedGet, type ReadBench } from './read-bench-database';

const count = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 50);
const fresh = process.argv.includes('--fresh');

const STATISTICS = [
  '/api/registry/statistics?by=area',
  '/api/registry/statistics?by=town',
  '/api/registry/statistics?by=body',
  '/api/registry/statistics?by=community',
  '/api/registry/statistics?by=industry',
  '/api/registry/statistics?by=chainSegment',
  '/api/registry/statistics?by=chainSegment&industry=biomedicine&area=expansion',
  '/api/registry/statistics/timeline?from=1990&to=2025',
  '/api/registry/statistics/timeline?industry=integrated-circuits',
];
const INFORMATION = [
  '/api/registry/enterprises?pageSize=20',
  '/api/registry/enterprises?industry=biomedicine&located=true&page=50',
  '/api/registry/coverage',
  '/api/registry/review',
];

async function main(): Promise<void> {
  const bench = await openReadBench(count, fresh);
  try {
    const users = { admin: await bench.signIn('admin'), 'jq-officer': await bench.signIn('jq-officer') };
    await measureMaintenance(bench);
    await measureDirectAggregate(bench);
    console.log(`\n== statistics over HTTP, ${runs} runs each (target p95 ≤ 200 ms)`);
    let worst = 0;
    for (const url of STATISTICS) {
      for (const [user, cookie] of Object.entries(users)) worst = Math.max(worst, (await measure(bench, user, cookie, url)).p95);
    }
    console.log(`\n== for information: lists and the coverage report, ${runs} runs each`);
    for (const url of INFORMATION) for (const [user, cookie] of Object.entries(users)) await measure(bench, user, cookie, url);
    await measureExport(bench, 'jq-officer', users['jq-officer']);
    console.log(`\nbench/registry/statistics  enterprises=${count.toLocaleString('en')} runs=${runs}: worst statistics p95 ${worst.toFixed(1)} ms (target ≤ 200 ms)`);
  } finally {
    await bench.close();
  }
}

async function measure(bench: ReadBench, user: string, cookie: string, url: string) {
  await timedGet(bench.app, cookie, url);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push((await timedGet(bench.app, cookie, url)).ms);
  const figures = summarize(samples);
  console.log(`  ${user.padEnd(10)} ${url.padEnd(80)} median ${figures.median.toFixed(1).padStart(7)} ms  p95 ${figures.p95.toFixed(1).padStart(7)} ms  max ${figures.max.toFixed(1).padStart(7)} ms`);
  return figures;
}

/**
 * What keeping the statistics exact costs the writers: a one-row update and an update of 1% of the enterprises in
 * one statement, each with the triggers and without them (session_replication_role = replica, which needs a
 * superuser: the embedded server's), and a rebuild from scratch (about what a load of every enterprise pays).
 */
async function measureMaintenance(bench: ReadBench): Promise<void> {
  const client = await bench.pool.connect();
  const timed = async (sql: string) => {
    const started = performance.now();
    await client.query(sql);
    return performance.now() - started;
  };
  const updates = async () => {
    const one: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      one.push(await timed(`update registry_enterprises set registered_capital = registered_capital where id = (select id from registry_enterprises offset ${round * 1000} limit 1)`));
    }
    const many = await timed('update registry_enterprises set employees = employees where id in (select id from registry_enterprises tablesample system (1) repeatable (3))');
    return `one row ${summarize(one).median.toFixed(1)} ms (median of 5), 1% in one statement ${(many / 1000).toFixed(2)} s`;
  };
  const updatesWithout = async () => {
    try {
      await client.query('set session_replication_role = replica');
      return await updates();
    } catch {
      return 'not measured (needs a superuser)';
    } finally {
      await client.query('reset session_replication_role').catch(() => undefined);
    }
  };
  try {
    // Each kind twice, alternating, the second of each printed: the first pass reads the sampled rows from disk.
    await updates();
    await updatesWithout();
    const withTriggers = await updates();
    const without = await updatesWithout();
    const rebuild = await timed('select registry_statistics_rebuild()');
    const sizes = (await client.query<{ cells: number; years: number }>(
      'select (select count(*) from registry_statistics_cells)::int as cells, (select count(*) from registry_statistics_years)::int as years',
    )).rows[0]!;
    console.log(`\n== statistics kept by triggers: ${sizes.cells} cells and ${sizes.years} year rows for ${bench.count.toLocaleString('en')} enterprises`);
    console.log(`   updates with the triggers: ${withTriggers}; without: ${without}; rebuild from scratch ${(rebuild / 1000).toFixed(2)} s`);
  } finally {
    client.release();
  }
}

/** What one statistics query costs without the pre-aggregated cells: the same sums straight over the enterprises. */
async function measureDirectAggregate(bench: ReadBench): Promise<void> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    await bench.pool.query(
      `select town_code, count(*), sum(registered_capital), sum(employees), sum(revenue), sum(tax) from registry_enterprises e
        where zone_id = 'zhangjiang' and status = 'active' and left_zone_on is null and in_zone is not false group by town_code`,
    );
    samples.push(performance.now() - started);
  }
  console.log(`   for comparison, by town straight over the enterprises in SQL: median ${summarize(samples).median.toFixed(0)} ms (of 5)`);
}

/** An export streamed from a cursor: time, size and how much the heap grew while it ran. */
async function measureExport(bench: ReadBench, user: string, cookie: string): Promise<void> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const { ms, body } = await timedGet(bench.app, cookie, '/api/registry/enterprises.xlsx');
  clearInterval(timer);
  const rows = (await bench.pool.query<{ n: number }>(`select count(*)::int as n from registry_enterprises where body_id = 'jinqiao'`)).rows[0]!.n;
  console.log(
    `\n== Excel export as ${user}: ${rows.toLocaleString('en')} rows, ${((body as Buffer).length / 1_048_576).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s; ` +
      `RSS ${(before.rss / 1_048_576).toFixed(0)} → peak ${(peak / 1_048_576).toFixed(0)} MB (inject buffers the whole answer, a real client does not)`,
  );
}

await main();

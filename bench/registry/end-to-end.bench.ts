/**
 * The registry end to end (issue 5): N source records (default 1,000,000) of three sources — market regulation
 * (UTF-8 CSV with BOM), tax (GBK CSV), statistics directory (GBK CSV, or XLSX with --xlsx) — generated as files,
 * then imported through the same pipeline as an upload, resolved (normalise, block, match, golden records, industry),
 * located through the territory resolver and written to PostgreSQL. Prints each stage's wall time (and this
 * process's CPU), the total against the target (≤ 120 s for a million records on this 2-core machine), and the
 * matching quality against the generator's ground truth: precision, recall, F1 and the confusion counts over all
 * pairs of records, and over the pairs with a record lacking a valid credit code. Figures only, no assertions.
 *
 * The database is DATABASE_URL's server or the embedded test cluster (.tmp/test-pg, fsync off), in a database of
 * its own that is dropped at the end. Generating the files is timed apart and not part of the total.
 *
 * Run it with the young generation that `npm start` and `zjsc` give the platform (128 MB semi-spaces, see
 * bin/zjsc.js); the header says which one this process has:
 *
 *   NODE_OPTIONS="--max-old-space-size=6144 --max-semi-space-size=128" npx tsx bench/registry/end-to-end.bench.ts [records=1000000] [--xlsx] [--seed 20240501] [--keep]
 */
import { createReadStream, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { measureClusterQuality, type ClusterQuality } from '../../core/registry/index';
import { loadZonePlaces } from '../../server/modules/registry/demo/load-zone-places';
import { writeSyntheticRegistry, type SyntheticManifest } from '../../server/modules/registry/demo/write-synthetic-registry';
import { importRegistryFile, resolveRegistry } from '../../server/modules/registry/index';
import { createTerritoryState, syncPackLayerVersions } from '../../server/modules/territory/index';
import { migrate } from '../../server/platform/db/migrate';
import { typeParsers } from '../../server/platform/db/pg-types';
import { applyZonePack } from '../../server/platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../../server/platform/zone/load-zone-pack';
import { REPO_ROOT, startTestServer, withDatabase } from '../../server/test/test-server';

const { values, positionals } = parseArgs({
  options: { xlsx: { type: 'boolean', default: false }, seed: { type: 'string', default: '20240501' }, keep: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const recordTarget = Number(positionals[0] ?? 1_000_000);
const seed = Number(values.seed);
const SOURCES = ['market-regulation', 'tax', 'statistics'] as const;
/** Records per true firm with these three sources (measured on the generator): sizes the firm count. */
const RECORDS_PER_FIRM = 2.86;
const TARGET_SECONDS = 120;

const timings: Array<{ stage: string; ms: number; cpuMs: number; pgCpuMs: number | null; counted: boolean }> = [];
/** Reads the CPU time of the benchmark database's server processes (embedded server only), for load-independent figures. */
let pgCpu: (() => Promise<number | null>) | null = null;

async function timed<T>(stage: string, work: () => Promise<T>, counted = true): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const pgStart = (await pgCpu?.()) ?? null;
  const result = await work();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  const pgEnd = (await pgCpu?.()) ?? null;
  const pgCpuMs = pgStart === null || pgEnd === null ? null : pgEnd - pgStart;
  timings.push({ stage, ms, cpuMs: (used.user + used.system) / 1000, pgCpuMs, counted });
  console.log(`  ${stage}: ${(ms / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU${pgCpuMs === null ? '' : `, PostgreSQL ${(pgCpuMs / 1000).toFixed(1)} s CPU`}`);
  return result;
}

/**
 * CPU of the database's backends from /proc, summed over every backend seen so far (the pool keeps its connections
 * open, so none is lost between readings). Null when the server is not on this machine.
 */
function trackServerCpu(pool: pg.Pool, database: string): () => Promise<number | null> {
  const lastSeen = new Map<number, number>();
  const ticksPerMs = 100 / 1000;
  return async () => {
    const { rows } = await pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database]);
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        lastSeen.set(pid, (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
      } catch {
        return null;
      }
    }
    return [...lastSeen.values()].reduce((sum, ms) => sum + ms, 0);
  };
}

async function main(): Promise<void> {
  const logger = pino({ level: 'warn' });
  const dir = path.join(REPO_ROOT, '.tmp', `bench-registry-${recordTarget}-${seed}${values.xlsx ? '-xlsx' : ''}`);
  const semiSpace = /--max-semi-space-size[= ](\d+)/.exec([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '))?.[1];
  console.log(
    `registry end-to-end bench — ${recordTarget.toLocaleString('en')} records, seed ${seed}, node ${process.version}, ` +
      (semiSpace ? `${semiSpace} MB semi-spaces` : `V8's default semi-spaces (npm start and zjsc run with 128 MB: set NODE_OPTIONS as above for their figures)`),
  );

  const manifest = await timed(
    'generate files (not counted)',
    async () => {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      return writeSyntheticRegistry({
        out: dir,
        count: Math.ceil((recordTarget / RECORDS_PER_FIRM) * 1.05),
        maxRecords: recordTarget,
        seed,
        sources: [...SOURCES],
        xlsxSources: values.xlsx ? ['statistics'] : [],
        places: loadZonePlaces(resolveZoneDir('zhangjiang')),
      });
    },
    false,
  );
  for (const s of manifest.sources) console.log(`    ${s.file}: ${s.rows.toLocaleString('en')} rows (${s.format}${s.encoding ? `, ${s.encoding}` : ''})`);

  const server = await startTestServer(logger);
  const database = `zjsc_bench_registry_${process.pid}`;
  const admin = new pg.Client(server.adminUrl);
  await admin.connect();
  await admin.query(`create database ${pg.escapeIdentifier(database)}`);
  // Connections stay open for the whole run, so /proc keeps each backend's CPU time.
  const pool = new pg.Pool({ connectionString: withDatabase(server.adminUrl, database), max: 6, idleTimeoutMillis: 0, types: typeParsers });
  if (server.kind === 'embedded') pgCpu = trackServerCpu(pool, database);
  // Dropping the database at the end ends any connection still open; that is expected, not a failure.
  pool.on('error', () => undefined);
  try {
    await timed(
      'migrate + zone pack (not counted)',
      async () => {
        await migrate(pool);
        await applyZonePack(pool, await loadZonePack(resolveZoneDir('zhangjiang')));
        await syncPackLayerVersions(pool, 'zhangjiang');
      },
      false,
    );
    const zoneId = 'zhangjiang';
    for (const source of manifest.sources) {
      const { batch } = await timed(`import ${source.file}`, () =>
        importRegistryFile(pool, zoneId, { sourceId: source.source, filePath: path.join(dir, source.file) }, { nextStage: 'done' }),
      );
      console.log(`    ${batch.rowsRead.toLocaleString('en')} rows read, ${batch.rowsValid.toLocaleString('en')} valid, ${batch.rowsRejected} refused, ${batch.rowsChanged.toLocaleString('en')} written`);
    }
    const territory = await timed('territory resolver', () => createTerritoryState(pool, zoneId).reload());
    const stats = await timed('resolve + locate + write', () =>
      resolveRegistry(pool, zoneId, territory, { onStage: (stage, ms, cpuMs) => console.log(`    ${stage}: ${(ms / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s node CPU`) }),
    );
    console.log(`    ${JSON.stringify(stats)}`);

    const total = timings.filter((t) => t.counted).reduce((sum, t) => sum + t.ms, 0);
    console.log('');
    console.log(`bench/registry end-to-end  records=${manifest.records.toLocaleString('en')} (${manifest.enterprises.toLocaleString('en')} true firms)`);
    const cpuOf = (t: (typeof timings)[number]) => `${(t.cpuMs / 1000).toFixed(1).padStart(6)} s node${t.pgCpuMs === null ? '' : ` + ${(t.pgCpuMs / 1000).toFixed(1).padStart(5)} s postgres`} CPU`;
    for (const t of timings) console.log(`  ${t.stage.padEnd(36)} ${(t.ms / 1000).toFixed(1).padStart(7)} s wall  ${cpuOf(t)}${t.counted ? '' : ' (not counted)'}`);
    const counted = timings.filter((t) => t.counted);
    const nodeCpu = counted.reduce((sum, t) => sum + t.cpuMs, 0);
    const serverCpu = counted.every((t) => t.pgCpuMs !== null) ? counted.reduce((sum, t) => sum + t.pgCpuMs!, 0) : null;
    console.log(`  ${'total'.padEnd(36)} ${(total / 1000).toFixed(1).padStart(7)} s wall  (target ≤ ${TARGET_SECONDS} s for 1,000,000 records)`);
    console.log(`  ${'CPU'.padEnd(36)} ${(nodeCpu / 1000).toFixed(1).padStart(7)} s node${serverCpu === null ? '' : ` + ${(serverCpu / 1000).toFixed(1)} s postgres = ${((nodeCpu + serverCpu) / 1000).toFixed(1)} s`}`);
    console.log(`  load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores; a loaded machine stretches wall time, not CPU time)`);
    console.log(`  heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
    await reportQuality(pool, dir, manifest);
  } finally {
    await pool.end();
    if (!values.keep) await admin.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
    await admin.end();
    await server.stop();
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

/** Pairwise quality of the written links against ground-truth.csv (record → true firm). */
async function reportQuality(pool: pg.Pool, dir: string, manifest: SyntheticManifest): Promise<void> {
  const truthOf = new Map<string, number>();
  const firmIndex = new Map<string, number>();
  const lines = createInterface({ input: createReadStream(path.join(dir, manifest.groundTruth)) });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const [source, recordId, enterpriseId] = line.split(',');
    let firm = firmIndex.get(enterpriseId!);
    if (firm === undefined) firmIndex.set(enterpriseId!, (firm = firmIndex.size));
    truthOf.set(`${source}:${recordId}`, firm);
  }
  const { rows } = await pool.query<{ record_id: string; enterprise_id: string; valid: boolean }>(
    `select l.record_id, l.enterprise_id, e.credit_code is not null and r.credit_code = e.credit_code as valid
       from registry_record_links l join registry_records r on r.id = l.record_id join registry_enterprises e on e.id = l.enterprise_id`,
  );
  const enterpriseIndex = new Map<string, number>();
  const predicted = new Int32Array(rows.length);
  const truth = new Int32Array(rows.length);
  const hasValidCode = new Uint8Array(rows.length);
  rows.forEach((row, i) => {
    let e = enterpriseIndex.get(row.enterprise_id);
    if (e === undefined) enterpriseIndex.set(row.enterprise_id, (e = enterpriseIndex.size));
    predicted[i] = e;
    truth[i] = truthOf.get(row.record_id) ?? -1 - i;
    hasValidCode[i] = row.valid ? 1 : 0;
  });
  const missing = rows.filter((r) => !truthOf.has(r.record_id)).length;
  const print = (label: string, q: ClusterQuality) =>
    console.log(
      `  ${label}: precision ${q.precision.toFixed(5)} recall ${q.recall.toFixed(5)} F1 ${q.f1.toFixed(5)} — true merges ${q.trueMerges.toLocaleString('en')}, ` +
        `false merges ${q.falseMerges.toLocaleString('en')}, missed merges ${q.missedMerges.toLocaleString('en')}`,
    );
  console.log(`  quality over ${rows.length.toLocaleString('en')} linked records (targets: precision ≥ 0.99, recall ≥ 0.97)${missing ? `; ${missing} without ground truth` : ''}`);
  print('all pairs', measureClusterQuality(predicted, truth));
  print('pairs with a record lacking its enterprise’s valid code', measureClusterQuality(predicted, truth, (i) => hasValidCode[i] === 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

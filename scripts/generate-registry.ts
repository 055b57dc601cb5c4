/**
 * 生成合成企业登记数据 — writes a labelled synthetic registry of the zone for the demo and for measuring matching:
 * one file per source (市场监管 UTF-8 CSV with BOM, 税务 GBK CSV, 统计局名录 GBK CSV — XLSX would need exceljs,
 * which is not installed —, 管理局企业清单 UTF-8 CSV), the ground truth (record → true firm), the true firms, and a
 * manifest. Every value is invented. Deterministic for a seed; streams, so a million rows take little memory.
 *
 *   npx tsx scripts/generate-registry.ts --out DIR [--count 30000] [--seed 1] [--sources market-regulation,tax,statistics]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateSyntheticRegistry,
  readColumn,
  SYNTHETIC_FILES,
  SYNTHETIC_SOURCE_IDS,
  type SyntheticEnterprise,
  type SyntheticSourceId,
} from '../core/registry/synthetic/index';
import { CsvFileWriter } from './registry/csv-file-writer';
import { loadZonePlaces } from './registry/load-zone-places';

const ENTERPRISE_COLUMNS = [
  'enterprise_id', 'credit_code', 'name', 'former_name', 'branch_of', 'status', 'in_zone', 'town_code', 'town', 'district',
  'address', 'lon', 'lat', 'legal_rep', 'founded_on', 'industry_group', 'industry_code', 'registered_capital_10k_cny',
  'employees', 'revenue_10k_cny', 'tax_10k_cny',
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '30000' },
      seed: { type: 'string', default: '1' },
      sources: { type: 'string', default: SYNTHETIC_SOURCE_IDS.join(',') },
      zone: { type: 'string', default: 'zones/zhangjiang' },
    },
  });
  if (!values.out) throw new Error('usage: npx tsx scripts/generate-registry.ts --out DIR [--count 30000] [--seed 1] [--sources a,b,c]');
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`--count must be a positive integer, not ${values.count}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const sources = values.sources.split(',').map((s) => s.trim()) as SyntheticSourceId[];
  const unknown = sources.filter((s) => !SYNTHETIC_SOURCE_IDS.includes(s));
  if (unknown.length > 0) throw new Error(`unknown source(s) ${unknown.join(', ')}; known: ${SYNTHETIC_SOURCE_IDS.join(', ')}`);

  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const places = loadZonePlaces(resolve(values.zone));
  const started = performance.now();

  const writers = new Map(
    sources.map((source) => {
      const file = SYNTHETIC_FILES[source];
      return [source, new CsvFileWriter(join(out, file.fileName), file.encoding, file.columns.map((c) => c.header))] as const;
    }),
  );
  const truth = new CsvFileWriter(join(out, 'ground-truth.csv'), 'utf-8', ['source', 'record_id', 'enterprise_id']);
  const firms = new CsvFileWriter(join(out, 'enterprises.csv'), 'utf-8', ENTERPRISE_COLUMNS);

  let written = 0;
  for (const { enterprise, records } of generateSyntheticRegistry({ seed, count, sources, towns: places.towns, placePoint: places.placePoint })) {
    await firms.write(describeEnterprise(enterprise));
    for (const record of records) {
      const file = SYNTHETIC_FILES[record.source];
      await writers.get(record.source)!.write(file.columns.map((column) => readColumn(record, column)));
      await truth.write([record.source, record.recordId, record.enterpriseId]);
      written += 1;
    }
    if (written % 200_000 < records.length) process.stderr.write(`\r${written.toLocaleString()} records…`);
  }
  await Promise.all([...writers.values(), truth, firms].map((w) => w.close()));

  const manifest = {
    synthetic: true,
    notice: '合成数据：全部内容均为随机生成，不描述任何真实企业，仅供演示与测试。Synthetic data: every value is invented; no real firm is described.',
    seed,
    enterprises: count,
    records: written,
    roadsFrom: places.roadsFrom,
    generatedBy: 'scripts/generate-registry.ts',
    sources: sources.map((source) => ({
      source,
      title: SYNTHETIC_FILES[source].title,
      file: SYNTHETIC_FILES[source].fileName,
      encoding: SYNTHETIC_FILES[source].encoding,
      rows: writers.get(source)!.rows,
      columns: SYNTHETIC_FILES[source].columns.map((c) => ({ header: c.header, field: c.field })),
    })),
    groundTruth: 'ground-truth.csv',
    enterprisesFile: 'enterprises.csv',
    statisticsDirectoryFormat: 'GBK CSV (XLSX needs exceljs, which is not installed)',
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`\r`);
  console.log(`${count.toLocaleString()} synthetic firms, ${written.toLocaleString()} records in ${seconds.toFixed(1)} s → ${out}`);
  for (const s of manifest.sources) console.log(`  ${s.file} (${s.encoding}): ${s.rows.toLocaleString()} rows`);
}

function describeEnterprise(e: SyntheticEnterprise): string[] {
  const street = `${e.road}${e.lane === null ? '' : `${e.lane}弄`}${e.houseNumber}号${e.building === null ? '' : `${e.building}幢`}${e.room === null ? '' : `${e.room}室`}`;
  return [
    e.id, e.creditCode, e.name, e.formerName ?? '', e.branchOf ?? '', e.status, e.inZone ? '1' : '0', e.townCode ?? '', e.townName,
    e.district, `上海市${e.district}${street}`, e.lon === null ? '' : String(e.lon), e.lat === null ? '' : String(e.lat), e.legalRep,
    e.foundedOn, e.industryGroup, e.industryCode, String(e.registeredCapital), String(e.employees), String(e.revenue), String(e.tax),
  ];
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * 生成合成企业登记数据 — writes a labelled synthetic registry of the zone for the demo and for measuring matching:
 * one file per source (市场监管 UTF-8 CSV with BOM, 税务 GBK CSV, 统计局名录 GBK CSV or XLSX, 管理局企业清单 UTF-8
 * CSV), the ground truth (record → true firm), the true firms, and a manifest. Every value is invented.
 * Deterministic for a seed; streams, so a million rows take little memory.
 *
 *   npx tsx scripts/generate-registry.ts --out DIR [--count 30000] [--seed 1] [--sources market-regulation,tax,statistics] [--xlsx statistics]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SYNTHETIC_SOURCE_IDS, type SyntheticSourceId } from '../core/registry/synthetic/index';
import { loadZonePlaces } from '../server/modules/registry/demo/load-zone-places';
import { writeSyntheticRegistry } from '../server/modules/registry/demo/write-synthetic-registry';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '30000' },
      seed: { type: 'string', default: '1' },
      sources: { type: 'string', default: SYNTHETIC_SOURCE_IDS.join(',') },
      xlsx: { type: 'string', default: '' },
      zone: { type: 'string', default: 'zones/zhangjiang' },
    },
  });
  if (!values.out) throw new Error('usage: npx tsx scripts/generate-registry.ts --out DIR [--count 30000] [--seed 1] [--sources a,b,c] [--xlsx statistics]');
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`--count must be a positive integer, not ${values.count}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const sources = parseSources(values.sources, '--sources');
  const xlsxSources = values.xlsx === '' ? [] : parseSources(values.xlsx, '--xlsx');

  const out = resolve(values.out);
  const started = performance.now();
  const manifest = await writeSyntheticRegistry({
    out,
    count,
    seed,
    sources,
    xlsxSources,
    places: loadZonePlaces(resolve(values.zone)),
    onProgress: (records) => process.stderr.write(`\r${records.toLocaleString()} records…`),
  });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`\r`);
  console.log(`${count.toLocaleString()} synthetic firms, ${manifest.records.toLocaleString()} records in ${seconds.toFixed(1)} s → ${out}`);
  for (const s of manifest.sources) console.log(`  ${s.file} (${s.format}${s.encoding ? `, ${s.encoding}` : ''}): ${s.rows.toLocaleString()} rows`);
}

function parseSources(list: string, option: string): SyntheticSourceId[] {
  const sources = list.split(',').map((s) => s.trim()) as SyntheticSourceId[];
  const unknown = sources.filter((s) => !SYNTHETIC_SOURCE_IDS.includes(s));
  if (unknown.length > 0) throw new Error(`${option}: unknown source(s) ${unknown.join(', ')}; known: ${SYNTHETIC_SOURCE_IDS.join(', ')}`);
  return sources;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

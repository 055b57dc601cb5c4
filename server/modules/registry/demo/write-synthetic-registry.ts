/**
 * 合成企业清单文件 — writes a labelled synthetic registry of the zone as the files sources would send: one per
 * source (市场监管 UTF-8 CSV with BOM, 税务 GBK CSV, 统计局名录 GBK CSV or XLSX, 管理局清单 UTF-8 CSV), the ground truth
 * (record → true firm), the true firms, and a manifest. Every value is invented. Deterministic for a seed; CSVs are
 * written as the firms are generated, an XLSX source by a second pass of the same generator (same seed, same rows),
 * so a million rows need little memory.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  generateSyntheticRegistry,
  readColumn,
  SYNTHETIC_FILES,
  type SyntheticEnterprise,
  type SyntheticSourceId,
} from '../../../../core/registry/synthetic/index';
import { writeXlsx } from '../../../platform/tabular';
import { CsvFileWriter } from './csv-file-writer';
import type { ZonePlaces } from './load-zone-places';

export interface SyntheticRegistryFileOptions {
  readonly out: string;
  readonly count: number;
  readonly seed: number;
  readonly sources: readonly SyntheticSourceId[];
  readonly places: ZonePlaces;
  /** Stop after the firm whose records reach this many (the bench asks for a number of records, not of firms). */
  readonly maxRecords?: number;
  /** Sources written as XLSX instead of CSV. */
  readonly xlsxSources?: readonly SyntheticSourceId[];
  /** Told the number of records written so far, now and then. */
  readonly onProgress?: (records: number) => void;
}

/** 清单说明 — manifest.json of a synthetic registry. */
export interface SyntheticManifest {
  readonly synthetic: true;
  readonly notice: string;
  readonly seed: number;
  /** True firms generated. */
  readonly enterprises: number;
  readonly records: number;
  readonly roadsFrom: 'gazetteer' | 'fallback';
  readonly sources: ReadonlyArray<{
    source: SyntheticSourceId;
    title: string;
    file: string;
    format: 'csv' | 'xlsx';
    encoding: string | null;
    rows: number;
    columns: ReadonlyArray<{ header: string; field: string }>;
  }>;
  /** source, record_id, enterprise_id: the true firm of each record, in file order. */
  readonly groundTruth: string;
  readonly enterprisesFile: string;
}

const ENTERPRISE_COLUMNS = [
  'enterprise_id', 'credit_code', 'name', 'former_name', 'branch_of', 'status', 'in_zone', 'town_code', 'town', 'district',
  'address', 'lon', 'lat', 'legal_rep', 'founded_on', 'industry_group', 'industry_code', 'registered_capital_10k_cny',
  'employees', 'revenue_10k_cny', 'tax_10k_cny',
] as const;

export async function writeSyntheticRegistry(options: SyntheticRegistryFileOptions): Promise<SyntheticManifest> {
  const { out, count, seed, sources, places } = options;
  const xlsx = new Set(options.xlsxSources ?? []);
  await mkdir(out, { recursive: true });
  const generate = () => generateSyntheticRegistry({ seed, count, sources, towns: places.towns, placePoint: places.placePoint });
  const fileName = (source: SyntheticSourceId) => (xlsx.has(source) ? SYNTHETIC_FILES[source].fileName.replace(/\.csv$/, '.xlsx') : SYNTHETIC_FILES[source].fileName);

  const writers = new Map(
    sources
      .filter((source) => !xlsx.has(source))
      .map((source) => {
        const file = SYNTHETIC_FILES[source];
        return [source, new CsvFileWriter(path.join(out, file.fileName), file.encoding, file.columns.map((c) => c.header))] as const;
      }),
  );
  const truth = new CsvFileWriter(path.join(out, 'ground-truth.csv'), 'utf-8', ['source', 'record_id', 'enterprise_id']);
  const firms = new CsvFileWriter(path.join(out, 'enterprises.csv'), 'utf-8', ENTERPRISE_COLUMNS);
  const rows = new Map<SyntheticSourceId, number>(sources.map((s) => [s, 0]));
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  let written = 0;
  let firmCount = 0;
  for (const { enterprise, records } of generate()) {
    if (written >= maxRecords) break;
    firmCount += 1;
    await firms.write(describeEnterprise(enterprise));
    for (const record of records) {
      rows.set(record.source, rows.get(record.source)! + 1);
      await writers.get(record.source)?.write(SYNTHETIC_FILES[record.source].columns.map((column) => readColumn(record, column)));
      await truth.write([record.source, record.recordId, record.enterpriseId]);
      written += 1;
    }
    if (written % 100_000 < records.length) options.onProgress?.(written);
  }
  await Promise.all([...writers.values(), truth, firms].map((w) => w.close()));

  for (const source of xlsx) {
    const file = SYNTHETIC_FILES[source];
    const sheetRows = async function* () {
      let firm = 0;
      for (const { records } of generate()) {
        if ((firm += 1) > firmCount) return;
        for (const record of records) if (record.source === source) yield file.columns.map((column) => readColumn(record, column));
      }
    };
    const target = createWriteStream(path.join(out, fileName(source)));
    await pipeline(writeXlsx([{ name: file.title.slice(0, 31), columns: file.columns.map((c) => ({ header: c.header })), rows: sheetRows() }]), target);
    if (!target.closed) await once(target, 'close');
  }

  const manifest: SyntheticManifest = {
    synthetic: true,
    notice: '合成数据：全部内容均为随机生成，不描述任何真实企业，仅供演示与测试。Synthetic data: every value is invented; no real firm is described.',
    seed,
    enterprises: firmCount,
    records: written,
    roadsFrom: places.roadsFrom,
    sources: sources.map((source) => ({
      source,
      title: SYNTHETIC_FILES[source].title,
      file: fileName(source),
      format: xlsx.has(source) ? 'xlsx' : 'csv',
      encoding: xlsx.has(source) ? null : SYNTHETIC_FILES[source].encoding,
      rows: rows.get(source)!,
      columns: SYNTHETIC_FILES[source].columns.map((c) => ({ header: c.header, field: c.field })),
    })),
    groundTruth: 'ground-truth.csv',
    enterprisesFile: 'enterprises.csv',
  };
  await writeFile(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function describeEnterprise(e: SyntheticEnterprise): string[] {
  const street = `${e.road}${e.lane === null ? '' : `${e.lane}弄`}${e.houseNumber}号${e.building === null ? '' : `${e.building}幢`}${e.room === null ? '' : `${e.room}室`}`;
  return [
    e.id, e.creditCode, e.name, e.formerName ?? '', e.branchOf ?? '', e.status, e.inZone ? '1' : '0', e.townCode ?? '', e.townName,
    e.district, `上海市${e.district}${street}`, e.lon === null ? '' : String(e.lon), e.lat === null ? '' : String(e.lat), e.legalRep,
    e.foundedOn, e.industryGroup, e.industryCode, String(e.registeredCapital), String(e.employees), String(e.revenue), String(e.tax),
  ];
}

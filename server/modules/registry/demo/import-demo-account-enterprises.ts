/**
 * 演示账号企业入清单 — the enterprises the demo accounts act for (ent-zj, ent-jq) are listed by every source like any
 * firm of the zone, so that what the portal derives from the registry (policies they may qualify for) works for them:
 * one small file per source, written beside the synthetic registry and imported through the same pipeline. Their
 * figures are invented, like the rest of the demo registry. Answers how many files were new (then the caller
 * resolves); a re-run imports nothing (same files, same sha256).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { readColumn, SYNTHETIC_FILES, SYNTHETIC_SOURCE_IDS, type SyntheticRecord, type SyntheticSourceId } from '../../../../core/registry/synthetic/index';
import { SeededRandom } from '../../../../core/registry/synthetic/seeded-random';
import { DEMO_ENTERPRISES } from '../../accounts';
import { importRegistryFile } from '../import/import-registry-file';
import { CsvFileWriter } from './csv-file-writer';
import type { ZonePlaces } from './load-zone-places';

/** 演示企业画像 — what the sources say about a demo account's enterprise (amounts in 万元, as the generator keeps them). */
interface DemoFirmProfile {
  industryCode: string;
  /** As a body's list labels it. */
  leadingIndustry: string;
  foundedOn: string;
  employees: number;
  revenue10k: number;
  tax10k: number;
  registeredCapital10k: number;
  legalRep: string;
}

/** By the demo enterprise's unit id: a cell-therapy firm in 张江 and a robot maker in 金桥, both sizeable taxpayers. */
export const DEMO_FIRM_PROFILES: Readonly<Record<string, DemoFirmProfile>> = {
  'ent-demo-zj': { industryCode: '2762', leadingIndustry: '生物医药', foundedOn: '2016-05-18', employees: 186, revenue10k: 8600, tax10k: 520, registeredCapital10k: 5000, legalRep: '陈明' },
  'ent-demo-jq': { industryCode: '3491', leadingIndustry: '人工智能', foundedOn: '2021-09-06', employees: 420, revenue10k: 32000, tax10k: 1450, registeredCapital10k: 12000, legalRep: '刘洋' },
};

export async function importDemoAccountEnterprises(pool: pg.Pool, zoneId: string, dir: string, places: ZonePlaces, signal?: AbortSignal): Promise<number> {
  const out = path.join(dir, 'demo-accounts');
  await mkdir(out, { recursive: true });
  const random = new SeededRandom(20261128);
  const firms = DEMO_ENTERPRISES.filter((e) => DEMO_FIRM_PROFILES[e.unitId]).map((e, i) => {
    const profile = DEMO_FIRM_PROFILES[e.unitId]!;
    const town = places.towns.find((t) => t.code === e.townCode);
    const road = town?.roads[i % town.roads.length] ?? '';
    const point = places.placePoint?.(e.townCode, () => random.next()) ?? null;
    return { ...e, ...profile, index: i + 1, townName: town?.name ?? '', address: `上海市浦东新区${road}${100 + i * 11}号`, point };
  });
  let imported = 0;
  for (const source of SYNTHETIC_SOURCE_IDS) {
    const file = SYNTHETIC_FILES[source];
    const filePath = path.join(out, `${source}.csv`);
    const writer = new CsvFileWriter(filePath, 'utf-8', file.columns.map((c) => c.header));
    for (const firm of firms) await writer.write(file.columns.map((column) => readColumn(recordOf(source, firm), column)));
    await writer.close();
    const result = await importRegistryFile(pool, zoneId, { sourceId: source, filePath, fileName: `demo:demo-accounts/${source}.csv` }, { nextStage: 'done', ...(signal ? { signal } : {}) });
    if (!result.duplicate) imported += 1;
  }
  return imported;
}

type DemoFirm = (typeof DEMO_ENTERPRISES)[number] & DemoFirmProfile & { index: number; townName: string; address: string; point: readonly [number, number] | null };

/** The row a source would send for the firm, in the generator's record form (so its column layout is reused). */
function recordOf(source: SyntheticSourceId, firm: DemoFirm): SyntheticRecord {
  const prefix = { 'market-regulation': 'SCJGDEMO', tax: 'SWDJDEMO', statistics: 'TJMLDEMO', 'body-list': '' }[source];
  const extra: Record<string, string> = {
    'market-regulation': { entityType: '有限责任公司（自然人投资或控股）', registeredCapital: String(firm.registeredCapital10k), authority: '浦东新区市场监督管理局', status: '存续' },
    tax: { registeredCapital: String(firm.registeredCapital10k * 10_000), revenue: firm.revenue10k.toFixed(2), tax: firm.tax10k.toFixed(2), taxOffice: '国家税务总局上海市浦东新区税务局第一税务所' },
    statistics: { divisionCode: `${firm.townCode}000`, employees: String(firm.employees), revenueThousand: String(firm.revenue10k * 10), scale: firm.revenue10k >= 2000 ? '规上' : '规下' },
    'body-list': {
      town: firm.townName,
      reporter: `${firm.townName}企业服务中心`,
      contact: firm.legalRep,
      leadingIndustry: firm.leadingIndustry,
      lon: firm.point ? String(firm.point[0]) : '',
      lat: firm.point ? String(firm.point[1]) : '',
    },
  }[source];
  return {
    source,
    recordId: `${prefix}${String(firm.index).padStart(2, '0')}`,
    enterpriseId: firm.unitId,
    creditCode: firm.creditCode,
    name: firm.name,
    address: firm.address,
    legalRep: firm.legalRep,
    phone: '021-50800000',
    foundedOn: firm.foundedOn,
    industryCode: firm.industryCode,
    extra,
  };
}

/**
 * Test support (not itself a test): a small registry written straight into the tables — three sources (the
 * statistics directory among them), batches, source records, enterprises with links and provenance, review pairs —
 * in 张江 (body zhangjiang, 张江镇), in 金桥 (body jinqiao, 金桥镇), outside the zone and not yet placed. The
 * expected answers of the read-side tests are worked out from these rows by hand.
 */
import type pg from 'pg';
import { creditCodeCheckCharacter, normalizeEnterpriseName, organisationCodeCheckCharacter } from '../../../../core/registry';
import { loadZonePlaceNames } from './load-zone-place-names';

const ZONE = 'zhangjiang';
/** Short names in the rows below → the zone pack's source ids. */
const SOURCE_IDS: Record<string, string> = { market: 'market-regulation', tax: 'tax', stats: 'statistics' };
const SOURCES = Object.keys(SOURCE_IDS);

/** A valid credit code (market regulation, enterprise, 浦东新区) around an 8-character organisation code body. */
export function creditCodeFor(body: string): string {
  const first17 = `91310115${body}${organisationCodeCheckCharacter(body)!}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

export const CODES = { E1: creditCodeFor('MA1FX001'), J1: creditCodeFor('MA1FX002'), O1: creditCodeFor('MA1FX003') };

interface FixtureEnterprise {
  id: string;
  name: string;
  creditCode?: string;
  place: 'zj' | 'jq' | 'outside' | 'unplaced';
  industry?: string;
  chainSegment?: string;
  community?: string;
  inDirectory: boolean;
  status?: 'active' | 'deregistered';
  capital?: number;
  employees?: number;
  revenue?: number;
  tax?: number;
  foundedOn: string;
  enteredOn?: string;
  leftOn?: string;
  /** [source, row key, linked by, weight] */
  records: Array<[string, string, string, number | null]>;
}

const PLACES = {
  zj: { area: 'original', inZone: true, body: 'zhangjiang', town: '310115125', locatedBy: 'coordinates', lng: 121.6, lat: 31.205 },
  jq: { area: 'expansion', inZone: true, body: 'jinqiao', town: '310115120', locatedBy: 'address', lng: 121.61, lat: 31.26 },
  outside: { area: null, inZone: false, body: null, town: null, locatedBy: 'address', lng: 121.47, lat: 31.23 },
  unplaced: { area: null, inZone: null, body: null, town: null, locatedBy: null, lng: null, lat: null },
} as const;

export const ENTERPRISES: readonly FixtureEnterprise[] = [
  {
    id: CODES.E1, name: '上海张江示范生物医药有限公司', creditCode: CODES.E1, place: 'zj', industry: 'biomedicine', chainSegment: 'innovative-drugs',
    community: 'community-04', inDirectory: true, capital: 1000, employees: 50, revenue: 2000, tax: 100, foundedOn: '2015-03-01', enteredOn: '2015-03-01',
    records: [['market', '1', 'credit-code', null], ['stats', '1', 'credit-code', null]],
  },
  {
    id: 'R:tax:1', name: '上海张江芯片设计有限公司', place: 'zj', industry: 'integrated-circuits', chainSegment: 'design', inDirectory: false,
    capital: 500, employees: 20, tax: 10, foundedOn: '2018-05-01', enteredOn: '2019-01-10', records: [['tax', '1', 'single', null]],
  },
  {
    id: 'R:market:3', name: '张江智能科技有限公司', place: 'zj', industry: 'artificial-intelligence', inDirectory: false, capital: 200,
    foundedOn: '2020-07-01', records: [['market', '3', 'single', null], ['tax', '2', 'model', 12.5]],
  },
  {
    id: 'R:market:9', name: '上海张江旧药业有限公司', place: 'zj', industry: 'biomedicine', chainSegment: 'cro', inDirectory: false, status: 'deregistered',
    capital: 9999, foundedOn: '2010-01-01', enteredOn: '2010-01-01', leftOn: '2021-06-30', records: [['market', '9', 'single', null]],
  },
  {
    id: 'R:market:5', name: '张江智能科技（上海）有限公司', place: 'zj', industry: 'artificial-intelligence', inDirectory: false,
    foundedOn: '2020-07-01', records: [['market', '5', 'single', null]],
  },
  {
    id: CODES.J1, name: '上海金桥示范智能制造有限公司', creditCode: CODES.J1, place: 'jq', industry: 'other', inDirectory: true,
    capital: 800, employees: 30, revenue: 1500, tax: 60, foundedOn: '2012-01-01', enteredOn: '2016-09-01',
    records: [['market', '2', 'credit-code', null], ['stats', '2', 'credit-code', null]],
  },
  {
    id: 'R:market:4', name: '金桥集成电路材料有限公司', place: 'jq', industry: 'integrated-circuits', chainSegment: 'materials', inDirectory: false,
    capital: 300, foundedOn: '2019-02-01', enteredOn: '2019-02-01', records: [['market', '4', 'single', null]],
  },
  {
    id: CODES.O1, name: '外区示范贸易有限公司', creditCode: CODES.O1, place: 'outside', industry: 'other', inDirectory: true, capital: 70,
    foundedOn: '2011-01-01', records: [['stats', '3', 'credit-code', null]],
  },
  {
    id: 'R:tax:5', name: '未定位科技有限公司', place: 'unplaced', inDirectory: false, capital: 100, foundedOn: '2021-01-01',
    records: [['tax', '5', 'single', null]],
  },
];

export async function seedRegistryFixture(pool: pg.Pool): Promise<void> {
  const placeNames = await loadZonePlaceNames(pool, ZONE);
  // The zone pack's sources (registry.yaml) when it has them; the same ids otherwise.
  await pool.query(
    `insert into registry_sources (zone_id, id, name, name_en, trust_rank, is_statistics_directory, mapping) values
       ($1, 'market-regulation', '市场监管登记', 'Market regulation', 1, false, '{}'),
       ($1, 'tax', '税务登记', 'Tax', 2, false, '{}'),
       ($1, 'statistics', '统计名录库', 'Statistics directory', 3, true, '{}')
     on conflict do nothing`,
    [ZONE],
  );
  const batches = new Map<string, number>();
  for (const source of SOURCES) {
    const { rows } = await pool.query<{ id: number }>(
      `insert into registry_import_batches (zone_id, source_id, file_name, file_sha256, file_bytes, file_format, status, finished_at)
       values ($1, $2, $3, $4, 100, 'csv', 'done', now()) returning id`,
      [ZONE, SOURCE_IDS[source], `${source}.csv`, `sha-${source}`],
    );
    batches.set(source, rows[0]!.id);
  }
  for (const e of ENTERPRISES) {
    const place = PLACES[e.place];
    const [firstSource, firstKey] = e.records[0]!;
    const provenance = { [`${firstSource}:${firstKey}`]: ['name'] };
    await pool.query(
      `insert into registry_enterprises (id, zone_id, credit_code, name, name_key, address, founded_on, industry, chain_segment,
         registered_capital, employees, revenue, tax, status, area, in_zone, body_id, town_code, community, lng, lat, located_by,
         in_directory, entered_zone_on, left_zone_on, provenance, record_count)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)`,
      [
        e.id, ZONE, e.creditCode ?? null, e.name, normalizeEnterpriseName(e.name, { regionNames: placeNames }).key, `${e.name}地址`,
        e.foundedOn, e.industry ?? null, e.chainSegment ?? null, e.capital ?? null, e.employees ?? null, e.revenue ?? null, e.tax ?? null,
        e.status ?? 'active', place.area, place.inZone, place.body, place.town, e.community ?? null, place.lng, place.lat, place.locatedBy,
        e.inDirectory, e.enteredOn ?? null, e.leftOn ?? null, JSON.stringify(provenance), e.records.length,
      ],
    );
    for (const [source, key, linkedBy, weight] of e.records) {
      const recordId = `${source}:${key}`;
      await pool.query(
        `insert into registry_records (id, zone_id, source_id, batch_id, row_no, row_hash, credit_code, name, address, founded_on)
         values ($1, $2, $3, $4, $5, $1, $6, $7, $8, $9)`,
        [recordId, ZONE, SOURCE_IDS[source], batches.get(source), Number(key) + 1, e.creditCode ?? null, e.name, `${e.name}地址`, e.foundedOn],
      );
      await pool.query('insert into registry_record_links (record_id, enterprise_id, weight, linked_by) values ($1, $2, $3, $4)', [
        recordId, e.id, weight, linkedBy,
      ]);
    }
  }
  const explanation = (left: string, right: string) =>
    JSON.stringify({
      probability: 0.9,
      steps: [
        { field: 'name', level: 'similar', weight: 6.5, runningTotal: 1.5, left, right },
        { field: 'address', level: 'missing', weight: 0, runningTotal: 1.5, left: null, right: null },
      ],
    });
  await pool.query(
    `insert into registry_review_items (zone_id, record_a, record_b, weight, explanation, enterprise_a, enterprise_b, town_code, body_id) values
       ($1, 'market:5', 'tax:2', 3.2, $2, 'R:market:5', 'R:market:3', '310115125', 'zhangjiang'),
       ($1, 'market:2', 'market:4', 1.1, $3, $4, 'R:market:4', '310115120', 'jinqiao')`,
    [ZONE, explanation('张江智能科技', '张江智能科技'), explanation('金桥示范智能制造', '金桥集成电路材料'), CODES.J1],
  );
}

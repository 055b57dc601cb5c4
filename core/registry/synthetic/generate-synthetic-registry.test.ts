import { describe, expect, it } from 'vitest';
import { checkCreditCode, isValidCreditCode } from '../credit-code';
import { normalizeEnterpriseName } from '../normalize/normalize-enterprise-name';
import { buildLabelledDataset, generateSyntheticRegistry } from './generate-synthetic-registry';
import { readColumn, SYNTHETIC_FILES } from './synthetic-files';
import { SYNTHETIC_SOURCE_IDS, type SyntheticEnterprise, type SyntheticRecord } from './synthetic-types';

const entries = [...generateSyntheticRegistry({ seed: 7, count: 4000 })];
const firms: SyntheticEnterprise[] = entries.map((e) => e.enterprise);
const rows: SyntheticRecord[] = entries.flatMap((e) => [...e.records]);
const firmById = new Map(firms.map((f) => [f.id, f]));
const share = (predicate: (r: SyntheticRecord) => boolean, source: string) => {
  const own = rows.filter((r) => r.source === source);
  return own.filter(predicate).length / own.length;
};

describe('generateSyntheticRegistry', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = [...generateSyntheticRegistry({ seed: 7, count: 200 })];
    expect(again).toEqual(entries.slice(0, 200));
    const other = [...generateSyntheticRegistry({ seed: 8, count: 200 })];
    expect(other[0]!.enterprise.name).not.toBe(entries[0]!.enterprise.name);
  });

  it('gives every true firm a unique valid credit code of its district', () => {
    expect(firms.every((f) => isValidCreditCode(f.creditCode))).toBe(true);
    expect(new Set(firms.map((f) => f.creditCode)).size).toBe(firms.length);
    const inZone = firms.filter((f) => f.inZone);
    expect(inZone.every((f) => checkCreditCode(f.creditCode).valid && f.creditCode.slice(2, 8) === '310115')).toBe(true);
  });

  it('gives live firms distinct normalised names; only deregistered namesakes repeat one', () => {
    const live = firms.filter((f) => f.status === 'active');
    const keys = live.map((f) => normalizeEnterpriseName(f.name).key);
    expect(new Set(keys).size).toBe(live.length);
    expect(firms.some((f) => f.status === 'deregistered')).toBe(true);
  });

  it('makes the hard cases: branches, renamed firms, firms outside the zone', () => {
    expect(firms.filter((f) => f.branchOf !== null).length / firms.length).toBeGreaterThan(0.015);
    expect(firms.some((f) => f.formerName !== null)).toBe(true);
    const outside = firms.filter((f) => !f.inZone).length / firms.length;
    expect(outside).toBeGreaterThan(0.04);
    expect(outside).toBeLessThan(0.12);
  });

  it('writes every row from a firm, with ids unique per source', () => {
    expect(rows.every((r) => firmById.has(r.enterpriseId))).toBe(true);
    for (const source of SYNTHETIC_SOURCE_IDS) {
      const ids = rows.filter((r) => r.source === source).map((r) => r.recordId);
      expect(new Set(ids).size, source).toBe(ids.length);
    }
  });

  it.each([
    ['tax', 0.08, 0.18],
    ['statistics', 0.1, 0.22],
    ['body-list', 0.14, 0.28],
  ])('leaves 10–20%% of codes missing in %s', (source, low, high) => {
    const missing = share((r) => r.creditCode === '', source);
    expect(missing).toBeGreaterThan(low);
    expect(missing).toBeLessThan(high);
  });

  it('mistypes 1–2% of codes, each invalid', () => {
    const mistyped = rows.filter((r) => r.creditCode !== '' && r.creditCode.toUpperCase() !== firmById.get(r.enterpriseId)!.creditCode);
    expect(mistyped.every((r) => !isValidCreditCode(r.creditCode))).toBe(true);
    expect(mistyped.length / rows.length).toBeGreaterThan(0.005);
    expect(mistyped.length / rows.length).toBeLessThan(0.03);
  });

  it('varies names and duplicates rows within a source', () => {
    expect(share((r) => r.name !== firmById.get(r.enterpriseId)!.name, 'tax')).toBeGreaterThan(0.15);
    const perSource = new Map<string, number>();
    for (const r of rows) perSource.set(`${r.source}|${r.enterpriseId}`, (perSource.get(`${r.source}|${r.enterpriseId}`) ?? 0) + 1);
    expect([...perSource.values()].some((n) => n > 1)).toBe(true);
  });

  it('leaves firms of the zone out of the statistics directory (应统尽统 gaps) and lists some outside it', () => {
    const listed = new Set(rows.filter((r) => r.source === 'statistics').map((r) => r.enterpriseId));
    const liveInZone = firms.filter((f) => f.inZone && f.status === 'active' && !f.branchOf);
    const gaps = liveInZone.filter((f) => !listed.has(f.id)).length / liveInZone.length;
    expect(gaps).toBeGreaterThan(0.05);
    expect(gaps).toBeLessThan(0.25);
    expect(firms.some((f) => !f.inZone && listed.has(f.id))).toBe(true);
  });

  it('gives the coordinates of firms of the zone in the statistics directory (census) and the bodies\' lists only', () => {
    const placed = [...generateSyntheticRegistry({ seed: 7, count: 600, placePoint: (town) => [121.6 + Number(town.slice(-2)) / 1000, 31.2] })];
    const records = placed.flatMap((e) => e.records.map((r) => ({ r, firm: e.enterprise })));
    for (const { r, firm } of records) {
      const point = r.extra['lon'] ?? null;
      if (r.source === 'statistics' || r.source === 'body-list') expect(point).toBe(firm.inZone ? String(firm.lon) : '');
      else expect(point).toBeNull();
    }
    expect(records.filter(({ r, firm }) => r.source === 'statistics' && firm.inZone).length).toBeGreaterThan(300);
  });

  it('lays every source out with its own columns', () => {
    for (const source of SYNTHETIC_SOURCE_IDS) {
      const file = SYNTHETIC_FILES[source];
      const row = rows.find((r) => r.source === source)!;
      expect(file.columns.map((c) => c.header)).toContain(source === 'tax' ? '纳税人识别号' : file.columns[1]!.header);
      expect(file.columns.some((c) => readColumn(row, c) === row.name)).toBe(true);
    }
    expect(SYNTHETIC_FILES.tax.encoding).toBe('gbk');
  });

  it('stops at maxRecords and labels every record', () => {
    const data = buildLabelledDataset({ seed: 7, count: 1000, maxRecords: 500 });
    expect(data.records.length).toBeLessThan(510);
    expect(data.truth.length).toBe(data.records.length);
    expect(data.records[0]!.id).toMatch(/^market-regulation:SCJG\d{8}$/);
  });
});

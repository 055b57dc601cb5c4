import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../zone';
import { buildAddressBook } from './address-book';
import type { AddressResolution, AddressUnit, TownBodies } from './address-types';
import { resolveAddress } from './resolve-address';
import { loadZhangjiangAddressBook } from './testdata/load-zone-pack-files';

interface Case {
  address: string;
  status: AddressResolution['status'];
  rule: AddressResolution['rule'];
  town?: string | null;
  body?: string | null;
  candidates?: string[];
  minConfidence?: number;
  maxConfidence?: number;
}

// Against the Zhangjiang pack: its gazetteer and the bodies measured from its (demo) layers. In those layers
// 张江镇 is split between 张江 (original area) and 金桥管理局, 康桥镇 between 张江 and 世博管理局 and partly outside the
// zone, and 唐镇 lies wholly in 金桥管理局's area.
const cases: Case[] = [
  { address: '上海市浦东新区张江镇祖冲之路887弄', status: 'needs-manual-location', rule: 'explicit-town', town: '310115125', candidates: ['jinqiao', 'zhangjiang'], minConfidence: 0.9 },
  { address: '浦东新区康桥镇秀浦路', status: 'needs-manual-location', rule: 'explicit-town', town: '310115136', candidates: ['expo', 'zhangjiang'], minConfidence: 0.9 },
  { address: '金科路', status: 'needs-manual-location', rule: 'road-gazetteer', town: null, candidates: ['310115125', '310115136'], maxConfidence: 0.5 },
  { address: '浦东新区龙东大道3000号', status: 'needs-manual-location', rule: 'road-gazetteer', town: null, maxConfidence: 0.5 },
  { address: '祖冲之路887弄1号', status: 'needs-manual-location', rule: 'road-gazetteer', town: '310115125', candidates: ['jinqiao', 'zhangjiang'], maxConfidence: 0.6 },
  { address: '上海市浦东新区唐镇创新中路100号', status: 'placed', rule: 'explicit-town', town: '310115114', body: 'jinqiao', minConfidence: 0.9 },
  { address: '唐丰路8号', status: 'placed', rule: 'road-gazetteer', town: '310115114', body: 'jinqiao', maxConfidence: 0.6 },
  { address: '上海市浦东新区张江高科技园区碧波路690号', status: 'placed', rule: 'statistical-unit', town: '310115503', body: 'zhangjiang', minConfidence: 0.9 },
  { address: '张江镇金科路2号（张江高科技园区）', status: 'placed', rule: 'statistical-unit', town: '310115503', body: 'zhangjiang', minConfidence: 0.9 },
  { address: '浦东新区金桥经济技术开发区新金桥路28号', status: 'needs-manual-location', rule: 'statistical-unit', town: '310115502', candidates: ['jinqiao'] },
  { address: '上海国际旅游度假区申迪北路753号', status: 'placed', rule: 'named-area', town: '310115103', body: 'resort' },
  { address: '上海浦东川沙新镇国际旅游度假区黄赵路', status: 'placed', rule: 'named-area', town: '310115103', body: 'resort' },
  { address: '310115125001', status: 'needs-manual-location', rule: 'village-code', town: '310115125', candidates: ['jinqiao', 'zhangjiang'], minConfidence: 0.9 },
  { address: '唐镇东唐苑 310115114001', status: 'placed', rule: 'explicit-town', town: '310115114', body: 'jinqiao', minConfidence: 0.9 },
  { address: '浦东新区 310115114001', status: 'placed', rule: 'village-code', town: '310115114', body: 'jinqiao', minConfidence: 0.9 },
  // A named town wins over a code of another town, at a lower confidence.
  { address: '浦东新区唐镇 310115125001', status: 'placed', rule: 'explicit-town', town: '310115114', body: 'jinqiao', maxConfidence: 0.75 },
  { address: '310115130001', status: 'outside', rule: 'village-code' },
  { address: '110108001001', status: 'outside', rule: 'village-code' },
  { address: '310115999001', status: 'needs-manual-location', rule: 'village-code', town: null, maxConfidence: 0 },
  { address: '北京市海淀区中关村大街1号', status: 'outside', rule: 'other-region' },
  { address: '江苏省苏州市工业园区星湖街328号', status: 'outside', rule: 'other-region' },
  { address: '广州市天河区体育西路', status: 'outside', rule: 'other-region' },
  { address: '上海市黄浦区人民大道200号', status: 'outside', rule: 'other-district' },
  { address: '徐汇区漕溪北路', status: 'outside', rule: 'other-district' },
  { address: '浦东新区三林镇海阳西路', status: 'outside', rule: 'explicit-town' },
  { address: '浦东新区张江镇康桥镇', status: 'needs-manual-location', rule: 'explicit-town', town: null, candidates: ['310115125', '310115136'] },
  { address: '浦东新区航头镇航头路', status: 'needs-manual-location', rule: 'explicit-town', town: '310115137', candidates: ['zhangjiang'] },
  { address: '浦东新区某某路', status: 'needs-manual-location', rule: 'no-match', town: null, maxConfidence: 0 },
  { address: '不知道在哪里', status: 'needs-manual-location', rule: 'no-match', town: null, maxConfidence: 0 },
];

describe('resolveAddress against the Zhangjiang gazetteer', () => {
  const { book } = loadZhangjiangAddressBook();

  it.each(cases)('$address → $status ($rule)', (c) => {
    const answer = resolveAddress(book, c.address);
    expect({ status: answer.status, rule: answer.rule }).toEqual({ status: c.status, rule: c.rule });
    if (c.town !== undefined) expect(answer.town?.code ?? null).toBe(c.town);
    if (c.body !== undefined) expect(answer.body?.id ?? null).toBe(c.body);
    if (c.status !== 'placed') expect(answer.body).toBeNull();
    if (c.candidates) {
      expect(answer.candidates.map((x) => (x.kind === 'town' ? x.code : x.id)).sort()).toEqual(c.candidates);
    }
    if (c.minConfidence !== undefined) expect(answer.confidence).toBeGreaterThanOrEqual(c.minConfidence);
    if (c.maxConfidence !== undefined) expect(answer.confidence).toBeLessThanOrEqual(c.maxConfidence);
    expect(answer.confidence).toBeGreaterThanOrEqual(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    expect(answer.reason).not.toBe('');
    expect(answer.reasonEn).not.toBe('');
    expect(answer.gazetteerVersion).toBe('2026.1');
  });

  it.each([[''], ['   '], [null], [42], ['x'.repeat(201)]])('rejects %j naming the field', (address) => {
    expect(() => resolveAddress(book, address)).toThrow(expect.objectContaining({ code: 'ADDRESS_INVALID', details: expect.objectContaining({ field: 'address' }) }));
  });

  it('returns the parse with the answer', () => {
    const answer = resolveAddress(book, '上海市浦东新区张江镇祖冲之路887弄');
    expect(answer.parsed).toMatchObject({ district: '浦东新区', town: '张江镇', road: '祖冲之路', lane: '887' });
  });
});

describe('resolveAddress: the body follows from the town only when the town lies wholly in one body', () => {
  const gazetteer = {
    version: 't',
    region: { province: '上海市', city: '上海市', county: '浦东新区', countyCode: '310115', countyAliases: [], source: 's', verified: false },
    towns: [
      { town: '310115001', aliases: [], roads: ['甲路', '共用路'], source: 's', verified: false },
      { town: '310115002', aliases: [], roads: ['乙路', '共用路'], source: 's', verified: false },
      { town: '310115003', aliases: [], roads: ['丙路'], source: 's', verified: false },
    ],
    statisticalUnits: [],
    areas: [],
  } satisfies Gazetteer;
  const units: AddressUnit[] = [
    { kind: 'town', id: '310115001', code: '310115001', name: '甲镇', nameEn: 'A' },
    { kind: 'town', id: '310115002', code: '310115002', name: '乙镇', nameEn: 'B' },
    { kind: 'town', id: '310115003', code: '310115003', name: '丙镇', nameEn: 'C' },
    { kind: 'body', id: 'north', name: '北局', nameEn: 'North', area: 'expansion' },
    { kind: 'body', id: 'south', name: '南局', nameEn: 'South', area: 'original' },
  ];
  const coverage = new Map<string, TownBodies>([
    ['310115001', { bodies: ['north'], partlyOutside: false }],
    ['310115002', { bodies: ['north', 'south'], partlyOutside: false }],
    ['310115003', { bodies: ['south'], partlyOutside: true }],
  ]);
  const book = buildAddressBook(gazetteer, units, coverage);

  it.each<[string, AddressResolution['status'], string | null, string[]]>([
    ['甲镇1号', 'placed', 'north', []],
    ['甲路1号', 'placed', 'north', []],
    ['乙镇', 'needs-manual-location', null, ['north', 'south']],
    ['丙路', 'needs-manual-location', null, ['south']],
    ['共用路', 'needs-manual-location', null, ['310115001', '310115002']],
  ])('%s → %s', (address, status, body, candidates) => {
    const answer = resolveAddress(book, address);
    expect(answer.status).toBe(status);
    expect(answer.body?.id ?? null).toBe(body);
    expect(answer.candidates.map((x) => (x.kind === 'town' ? x.code : x.id)).sort()).toEqual(candidates);
  });
});

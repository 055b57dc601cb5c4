import { describe, expect, it } from 'vitest';
import { parseZonePack } from './parse-zone-pack';
import { minimalPackDocuments } from './testdata/minimal-pack';
import type { ZonePackIssue } from './zone-pack-issue';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reaches into untyped documents to break them
type Documents = Record<string, any>;

function withRegistry(): Documents {
  const documents = structuredClone(minimalPackDocuments()) as Documents;
  documents['registry.yaml'] = {
    version: '1',
    sources: [
      {
        id: 'market-regulation', name: '市场监管登记', nameEn: 'Registrations', trustRank: 1, rowKey: 'recordId', required: ['name', 'creditCode'],
        columns: { recordId: ['注册号'], creditCode: ['统一社会信用代码'], name: ['企业名称'] }, source: 'guess', verified: false,
      },
      {
        id: 'statistics', name: '统计名录库', nameEn: 'Directory', trustRank: 2, statisticsDirectory: true,
        columns: { name: ['单位详细名称'], employees: ['从业人员'] }, source: 'guess', verified: false,
      },
    ],
    survivorship: { employees: ['statistics'] },
    industries: [{ code: '6520', title: '集成电路设计', industry: 'integrated-circuits', chainSegment: 'design', source: 'policy', verified: true }],
  };
  return documents;
}

const cases: Array<{ name: string; breakIt: (registry: Documents) => void; expected: Omit<ZonePackIssue, 'reason' | 'file'> & { reason: RegExp } }> = [
  { name: 'unknown field in a template', breakIt: (r) => (r.sources[0].columns.nmae = ['名称']), expected: { path: 'sources[0].columns.nmae', reason: /./ } },
  { name: 'unknown field at a source', breakIt: (r) => (r.sources[0].colums = {}), expected: { path: 'sources[0].colums', reason: /unknown field "colums"/ } },
  { name: 'header list empty', breakIt: (r) => (r.sources[0].columns.name = []), expected: { path: 'sources[0].columns.name', reason: /at least one header/ } },
  { name: 'required field without a column', breakIt: (r) => r.sources[1].required = ['name', 'creditCode'], expected: { path: 'sources[1].required[1]', reason: /"creditCode" has no column/ } },
  { name: 'row key without a column', breakIt: (r) => (r.sources[1].rowKey = 'recordId'), expected: { path: 'sources[1].rowKey', reason: /no column/ } },
  { name: 'name not mapped', breakIt: (r) => delete r.sources[1].columns.name, expected: { path: 'sources[1].columns', reason: /map the name field/ } },
  { name: 'one header for two fields', breakIt: (r) => (r.sources[1].columns.employees = ['单位详细名称']), expected: { path: 'sources[1].columns.employees[0]', reason: /already an alias of name/ } },
  { name: 'duplicate source id', breakIt: (r) => (r.sources[1].id = 'market-regulation'), expected: { path: 'sources[1].id', reason: /duplicate source id/ } },
  { name: 'equal trust ranks', breakIt: (r) => (r.sources[1].trustRank = 1), expected: { path: 'sources[1].trustRank', reason: /ranks must differ/ } },
  { name: 'no statistics directory', breakIt: (r) => (r.sources[1].statisticsDirectory = false), expected: { path: 'sources', reason: /exactly one source must be the statistics directory \(found 0\)/ } },
  { name: 'two statistics directories', breakIt: (r) => (r.sources[0].statisticsDirectory = true), expected: { path: 'sources[1].statisticsDirectory', reason: /found 2/ } },
  { name: 'unknown amount unit', breakIt: (r) => (r.sources[0].amountUnit = '美元'), expected: { path: 'sources[0].amountUnit', reason: /./ } },
  { name: 'survivorship of an unknown source', breakIt: (r) => (r.survivorship.employees = ['tax']), expected: { path: 'survivorship.employees[0]', reason: /unknown source "tax"/ } },
  { name: 'class code of five digits', breakIt: (r) => (r.industries[0].code = '65201'), expected: { path: 'industries[0].code', reason: /2 to 4 digits/ } },
  { name: 'class code as a number', breakIt: (r) => (r.industries[0].code = 6520), expected: { path: 'industries[0].code', reason: /expected string/ } },
  { name: 'segment of another industry', breakIt: (r) => (r.industries[0].chainSegment = 'cro'), expected: { path: 'industries[0].chainSegment', reason: /not a chain segment of integrated-circuits/ } },
  { name: 'duplicate class code', breakIt: (r) => r.industries.push({ ...r.industries[0] }), expected: { path: 'industries[1].code', reason: /already industries\[0\]/ } },
  { name: 'verified on an unofficial source', breakIt: (r) => (r.sources[0].verified = true), expected: { path: 'sources[0].verified', reason: /needs an official source/ } },
  { name: 'unknown cited source', breakIt: (r) => (r.industries[0].source = 'rumour'), expected: { path: 'industries[0].source', reason: /unknown source "rumour"/ } },
];

describe('registry.yaml', () => {
  it('is optional, and parsed with its defaults when present', () => {
    expect(parseZonePack(minimalPackDocuments()).ok).toBe(true);
    const result = parseZonePack(withRegistry());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.registry?.sources[1]).toMatchObject({ required: ['name'], rowKey: null, amountUnit: '万元', crs: 'wgs84' });
    expect(result.pack.registry?.industryLabels).toEqual({});
  });

  it.each(cases)('rejects: $name', ({ breakIt, expected }) => {
    const documents = withRegistry();
    breakIt(documents['registry.yaml']);
    const result = parseZonePack(documents);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual({ file: 'registry.yaml', path: expected.path, reason: expect.stringMatching(expected.reason) });
  });
});

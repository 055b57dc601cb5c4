import { describe, expect, it } from 'vitest';
import {
  chainSegmentsOf,
  cleanFilters,
  enterpriseExportPath,
  enterpriseListPath,
  fromFilterForm,
  toFilterForm,
  type EnterpriseFilters,
} from './enterprise-filters';

describe('chainSegmentsOf', () => {
  it.each([
    ['integrated-circuits', ['design', 'manufacturing', 'packaging-testing', 'equipment', 'materials']],
    ['biomedicine', ['innovative-drugs', 'cro', 'cdmo', 'cell-gene-therapy', 'medical-devices']],
    ['artificial-intelligence', []],
    ['other', []],
  ])('%s → its segments', (industry, segments) => {
    expect(chainSegmentsOf(industry)).toEqual(segments);
  });

  it('offers every segment when no industry is chosen', () => {
    expect(chainSegmentsOf(undefined)).toHaveLength(10);
    expect(chainSegmentsOf('no-such-industry')).toHaveLength(10);
  });
});

describe('cleanFilters', () => {
  it.each<[string, EnterpriseFilters, EnterpriseFilters]>([
    ['keeps known values', { q: '张江', area: 'original', townCode: '310115125', industry: 'biomedicine', chainSegment: 'cro' }, { q: '张江', area: 'original', townCode: '310115125', industry: 'biomedicine', chainSegment: 'cro' }],
    ['trims the search and drops it when blank', { q: '  ' }, {}],
    ['trims the search', { q: ' 药明 ' }, { q: '药明' }],
    ['drops an unknown area', { area: 'moon' }, {}],
    ['drops a town code that is not 9 digits', { townCode: '3101' }, {}],
    ['drops an unknown industry, and a segment then stands alone', { industry: 'steel', chainSegment: 'design' }, { chainSegment: 'design' }],
    ['drops a segment of another industry', { industry: 'biomedicine', chainSegment: 'design' }, { industry: 'biomedicine' }],
    ['drops any segment of an industry without segments', { industry: 'artificial-intelligence', chainSegment: 'cro' }, { industry: 'artificial-intelligence' }],
    ['keeps yes/no answers', { inDirectory: 'false', located: 'true' }, { inDirectory: 'false', located: 'true' }],
    ['drops other words where yes/no belongs', { inDirectory: 'maybe', located: '1' }, {}],
    ['keeps a known status only', { status: 'deregistered' }, { status: 'deregistered' }],
    ['drops an unknown status', { status: 'sleeping' }, {}],
  ])('%s', (_label, input, expected) => {
    expect(cleanFilters(input)).toEqual(expected);
  });
});

describe('paths', () => {
  it('asks the list for a page with the clean filters', () => {
    expect(enterpriseListPath({ q: '张江', area: 'moon', located: 'false' }, 2, 50)).toBe(
      `/api/registry/enterprises?q=${encodeURIComponent('张江')}&located=false&page=2&pageSize=50`,
    );
  });

  it('exports the same filters without paging', () => {
    expect(enterpriseExportPath({ industry: 'integrated-circuits', chainSegment: 'design', inDirectory: 'false' })).toBe(
      '/api/registry/enterprises.xlsx?industry=integrated-circuits&chainSegment=design&inDirectory=false',
    );
    expect(enterpriseExportPath({})).toBe('/api/registry/enterprises.xlsx');
  });
});

describe('filter form', () => {
  it('reads yes/no answers as booleans', () => {
    expect(toFilterForm({ inDirectory: 'true', located: 'false', q: 'x' })).toEqual({ q: 'x', inDirectory: true, located: false });
  });

  it('writes every key back, undefined where the form is empty, so cleared fields leave the address', () => {
    const values = fromFilterForm({ q: ' 张江 ', located: false, industry: 'other', chainSegment: 'cro' });
    expect(values).toEqual({
      q: '张江',
      area: undefined,
      townCode: undefined,
      bodyId: undefined,
      industry: 'other',
      chainSegment: undefined,
      inDirectory: undefined,
      located: 'false',
      status: undefined,
    });
  });

  it('round-trips', () => {
    const filters: EnterpriseFilters = { q: '芯', area: 'expansion', bodyId: 'jinqiao', industry: 'integrated-circuits', chainSegment: 'materials', inDirectory: 'false', located: 'true', status: 'active' };
    expect(cleanFilters(fromFilterForm(toFilterForm(filters)) as EnterpriseFilters)).toEqual(filters);
  });
});

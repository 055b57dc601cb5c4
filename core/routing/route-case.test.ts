import { describe, expect, it } from 'vitest';
import { loadZhangjiangPack } from '../territory/address/testdata/load-zone-pack-files';
import type { RouteLocation, RoutingUnit } from './route-types';
import { createCaseRouter } from './route-case';
import { locateAddress, locateResolution } from './locate-for-route';

const pack = loadZhangjiangPack();
const units: RoutingUnit[] = pack.units.map((u) => ({
  id: u.id,
  kind: u.kind,
  name: u.name,
  nameEn: u.nameEn,
  ...(u.kind === 'body' ? { approvalMark: u.approvalMark, area: u.area } : {}),
}));
const router = createCaseRouter(pack.routing!, units);

const at = (area: 'original' | 'expansion' | null, bodyId: string | null, townCode: string | null): RouteLocation => ({
  status: 'located', area, bodyId, townCode,
});

/** A step as the table writes it: role, unit ids (participants after a +, report target after a →), standard, capacity. */
function describeSteps(route: ReturnType<typeof router.route>): string[] {
  return route.steps.map((s) => {
    const units = s.units.map((u) => u.id).join(s.mode === 'any' ? '|' : '&');
    const participants = s.participants.length > 0 ? ` +${s.participants.map((u) => u.id).join('&')}` : '';
    const to = s.to.length > 0 ? ` →${s.to.map((u) => u.id).join('&')}` : '';
    const standard = s.standard ? ` [${s.standard}]` : '';
    const capacity = s.capacity === 'in-the-name-of' ? ` (in the name of ${s.inNameOf?.id}, mark ${s.mark})` : '';
    return `${s.order}. ${s.role}: ${units}${participants}${to}${standard}${capacity}`;
  });
}

const ALL_BODIES = 'zhangjiang|resort|lujiazui|jinqiao|expo|chuansha';

describe('routing rules of the Zhangjiang pack', () => {
  it.each<[string, string, RouteLocation, string, string | null, string[]]>([
    ['talent, original area', 'talent-hukou', at('original', 'zhangjiang', '310115125'), 'routed', 'talent-original', [
      '1. intake: zhangjiang-construction-office [original]',
      '2. review: zhangjiang-construction-office [original]',
      '3. report: zhangjiang-construction-office →city-human-resources',
      '4. decide: city-human-resources',
    ]],
    ['talent, expansion area', 'talent-residence-conversion', at('expansion', 'jinqiao', '310115114'), 'routed', 'talent-expansion', [
      '1. intake: district-organisation-department&district-human-resources +310115114 [unified]',
      '2. review: district-organisation-department&district-human-resources +310115114 [unified]',
      '3. report: zhangjiang-construction-office →city-human-resources',
      '4. decide: city-human-resources',
    ]],
    ['talent apartment, expansion area without a town', 'talent-apartment', at('expansion', 'resort', null), 'routed', 'talent-expansion', [
      '1. intake: district-organisation-department&district-human-resources [unified]',
      '2. review: district-organisation-department&district-human-resources [unified]',
      '3. report: zhangjiang-construction-office →city-human-resources',
      '4. decide: city-human-resources',
    ]],
    ['delegated approval, expansion body acts in the name of the zone', 'delegated-approval', at('expansion', 'lujiazui', '310115016'), 'routed', 'delegated-approval', [
      '1. intake: lujiazui (in the name of zhangjiang-science-city, mark 张江科学城)',
      '2. approve: lujiazui (in the name of zhangjiang-science-city, mark 张江科学城)',
    ]],
    ['delegated approval, original area: the zone\u2019s own office acts in its own name', 'delegated-approval', at('original', 'zhangjiang', '310115125'), 'routed', 'delegated-approval', [
      '1. intake: zhangjiang',
      '2. approve: zhangjiang',
    ]],
    ['special fund: any window accepts, the body of the area reviews', 'special-fund', at('expansion', 'chuansha', '310115103'), 'routed', 'special-fund', [
      `1. intake: ${ALL_BODIES} [unified]`,
      '2. review: chuansha [unified]',
      '3. decide: district-science-economy&district-finance',
    ]],
    ['special fund, original area', 'special-fund', at('original', 'zhangjiang', '310115136'), 'routed', 'special-fund', [
      `1. intake: ${ALL_BODIES} [unified]`,
      '2. review: zhangjiang [unified]',
      '3. decide: district-science-economy&district-finance',
    ]],
    ['outside the zone', 'talent-hukou', { status: 'outside' }, 'not-eligible', null, []],
    ['outside the zone (fund)', 'special-fund', { status: 'outside' }, 'not-eligible', null, []],
    ['no location', 'delegated-approval', { status: 'unknown', reason: '地址无法定位', reasonEn: 'cannot place' }, 'needs-manual-location', null, []],
    ['area unknown', 'talent-hukou', at(null, null, '310115125'), 'needs-manual-location', null, []],
    ['body unknown for an approval', 'delegated-approval', at('expansion', null, '310115125'), 'needs-manual-location', null, []],
  ])('%s', (_, caseType, location, status, rule, steps) => {
    const route = router.route(caseType, location);
    expect({ status: route.status, rule: route.rule }).toEqual({ status, rule });
    expect(describeSteps(route)).toEqual(steps);
    expect(route.ruleVersion).toBe('2022.1');
    expect(route.reason).not.toBe('');
  });

  it('names units in both languages and marks unverified steps', () => {
    const route = router.route('special-fund', at('expansion', 'expo', null));
    expect(route.steps[1]!.units[0]).toEqual({ id: 'expo', kind: 'body', name: '世博管理局', nameEn: 'Expo Administration Bureau' });
    expect(route.steps[1]!.roleName).toBe('审核');
    expect(route.steps[0]!.mode).toBe('any');
    expect(route.steps[2]).toMatchObject({ verified: false, source: 'seed#保障措施（二）' });
    expect(route.steps[1]).toMatchObject({ verified: true, source: 'seed#主要任务（五）' });
  });

  it.each([['no-such-type'], [undefined], [42]])('rejects the case type %j naming the field', (caseType) => {
    expect(() => router.route(caseType, { status: 'outside' })).toThrow(
      expect.objectContaining({ code: 'CASE_TYPE_UNKNOWN', details: expect.objectContaining({ field: 'caseType' }) }),
    );
  });
});

describe('locations for routing', () => {
  it.each([
    [{ area: 'outside' as const, body: null, town: null }, { status: 'outside' }],
    [{ area: 'original' as const, body: { id: 'zhangjiang', name: '' }, town: { code: '310115125', name: '' } }, at('original', 'zhangjiang', '310115125')],
    [{ area: 'expansion' as const, body: null, town: null }, at('expansion', null, null)],
  ])('point %j', (resolution, expected) => {
    expect(locateResolution(resolution)).toEqual(expected);
  });

  const base = { confidence: 0.9, rule: 'explicit-town' as const, parsed: {} as never, candidates: [], reason: 'r', reasonEn: 'r', gazetteerVersion: 't' };
  it.each([
    [{ ...base, status: 'outside' as const, town: null, body: null }, { status: 'outside' }],
    [{ ...base, status: 'placed' as const, town: { code: '310115114', name: '唐镇', nameEn: 'T', kind: 'town' as const }, body: { id: 'jinqiao', name: '', nameEn: '', area: 'expansion' as const } }, at('expansion', 'jinqiao', '310115114')],
    [{ ...base, status: 'needs-manual-location' as const, town: { code: '310115125', name: '张江镇', nameEn: 'Z', kind: 'town' as const }, body: null }, { status: 'unknown', reason: 'r', reasonEn: 'r' }],
  ])('address %#', (answer, expected) => {
    expect(locateAddress(answer)).toEqual(expected);
  });
});

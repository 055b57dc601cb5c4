import { describe, expect, it } from 'vitest';
import { describeRunningTimers } from './describe-timers';
import { applicant, expert, officer, otherEnterprise } from './testdata/actors';
import { CaseDriver, RUBRIC, calendar } from './testdata/drive';
import { IN_JINQIAO, loadWorkflow, routeFor } from './testdata/zone-workflows';

const fund = loadWorkflow('special-fund.yaml');
const jinqiao = officer('jinqiao');
const science = officer('district-science-economy');
const finance = officer('district-finance');

describe('a special-fund case from application to closing', () => {
  it('goes through every stage, with the events each step records', () => {
    const c = new CaseDriver(fund, { route: routeFor('special-fund', IN_JINQIAO), rubric: RUBRIC });
    expect(c.state).toMatchObject({ status: 'draft', stageId: 'draft', route: { rule: 'special-fund', standard: 'unified' } });
    expect(c.state.assignments['intake']!).toMatchObject({ mode: 'any', units: ['zhangjiang', 'resort', 'lujiazui', 'jinqiao', 'expo', 'chuansha'] });

    c.at('2026-03-02', '09:00').do(applicant, { action: 'submit' });
    expect(c.state).toMatchObject({ status: 'open', stageId: 'intake', path: ['intake'] });
    expect(c.eventsOf('timer-armed').map((e) => e.timer.id)).toEqual(['stage:intake:1']);

    // 一门式受理: the 川沙 window accepts a 金桥 case; the 金桥 body reviews it.
    const chuansha = officer('chuansha', ['intake-officer']);
    c.do(chuansha, { action: 'accept', note: '材料齐全' });
    expect(c.state.stageId).toBe('body-review');
    expect(c.state.assignments['intake']!.units).toEqual(['chuansha']);
    expect(c.eventsOf('document')).toEqual([
      expect.objectContaining({ document: 'acceptance-notice', issuer: { unitId: 'chuansha', capacity: 'own', inNameOfUnitId: null } }),
    ]);
    expect(c.eventsOf('timer-armed').map((e) => e.timer.id)).toEqual(['case', 'stage:body-review:1']);
    expect(c.eventsOf('timer-stopped').map((e) => e.timerId)).toEqual(['stage:intake:1']);
    expect(c.eventsOf('notification')).toContainEqual({ type: 'notification', topic: 'stage-entered', recipients: { units: ['jinqiao'], users: [], applicant: false } });

    c.do(jinqiao, { action: 'sign', opinion: 'agree', comment: '符合统一审核标准' });
    expect(c.state.stageId).toBe('expert-review');
    c.do(jinqiao, { action: 'assign-experts', userIds: ['expert1', 'expert2'] });
    c.do(expert('expert1'), { action: 'declare-interest', hasConflict: false });
    c.do(expert('expert2'), { action: 'declare-interest', hasConflict: false });
    c.do(expert('expert1'), { action: 'score', scores: { innovation: 4, benefit: 5 } });
    c.do(expert('expert2'), { action: 'score', scores: { innovation: 3, benefit: 4 } });
    expect(c.state.experts).toMatchObject({ total: 78, seats: [{ total: 88 }, { total: 68 }] });
    expect(c.state.stageId).toBe('public-notice');

    c.do(otherEnterprise, { action: 'object', text: '申报数据与实际不符' });
    c.do(jinqiao, { action: 'resolve-objection', objectionId: 'objection-1', outcome: 'dismissed', reason: '经核实数据无误' });
    c.at('2026-03-12').do(jinqiao, { action: 'conclude-notice' });
    expect(c.state.stageId).toBe('decision');
    expect(c.state.signing).toMatchObject({ mode: 'countersign' });

    c.do(science, { action: 'sign', opinion: 'agree' });
    c.do(finance, { action: 'sign', opinion: 'agree' });
    c.do(science, { action: 'approve', amount: 500000, note: '按规则核定' });
    expect(c.state.decision).toMatchObject({ outcome: 'approved', amount: 500000, definitionVersion: '2024.1', decidedByUnitId: 'district-science-economy' });
    expect(c.eventsOf('document')[0]).toMatchObject({ document: 'decision', content: { outcome: 'approved', amount: 500000, definitionVersion: '2024.1' } });
    expect(c.state.stageId).toBe('disbursement');

    c.do(finance, { action: 'disburse', amount: 300000, voucher: 'PZ-2026-001' });
    c.do(finance, { action: 'disburse', amount: 200000, voucher: 'PZ-2026-002' });
    c.do(finance, { action: 'close' });
    expect(c.state).toMatchObject({ status: 'closed', outcome: 'completed', stageId: 'closed' });
    expect(c.state.timers.every((t) => t.stoppedAt !== null)).toBe(true);
    expect(c.state.assignments['closed']!.units).toEqual(['chuansha']);

    c.do(applicant, { action: 'rate', grade: 'very-satisfied' });
    expect(c.state.followUp).toBeNull();
    expect(c.state.path).toEqual(['intake', 'body-review', 'expert-review', 'public-notice', 'decision', 'disbursement', 'closed']);
    expect(c.state.actionCount).toBe(18);
  });

  it('records one timeline entry per action: who, unit, capacity, stages and definition version', () => {
    const c = new CaseDriver(fund, { route: routeFor('special-fund', IN_JINQIAO), rubric: RUBRIC });
    c.do(applicant, { action: 'submit' });
    const delegated = { ...jinqiao, capacity: 'in-the-name-of' as const, inNameOfUnitId: 'zhangjiang-science-city' };
    c.do(delegated, { action: 'accept' });
    const timeline = c.eventsOf('timeline');
    expect(timeline).toHaveLength(1);
    expect(c.events[0]!.type).toBe('timeline');
    expect(timeline[0]!.entry).toMatchObject({
      action: 'accept',
      actor: { userId: 'officer@jinqiao', unitId: 'jinqiao', capacity: 'in-the-name-of', inNameOfUnitId: 'zhangjiang-science-city' },
      fromStage: 'intake',
      toStage: 'body-review',
      payload: {},
      definitionId: 'special-fund',
      definitionVersion: '2024.1',
    });
    expect(c.eventsOf('document')[0]!.issuer).toEqual({ unitId: 'jinqiao', capacity: 'in-the-name-of', inNameOfUnitId: 'zhangjiang-science-city' });
  });

  it('never changes the state it is given', () => {
    const c = new CaseDriver(fund, { route: routeFor('special-fund', IN_JINQIAO), rubric: RUBRIC });
    c.do(applicant, { action: 'submit' });
    const before = structuredClone(c.state);
    const result = c.try(jinqiao, { action: 'accept' });
    expect(result.ok).toBe(true);
    expect(c.state).toEqual(before);
  });

  it('shows the running clocks with their deadlines', () => {
    const c = new CaseDriver(fund, { route: routeFor('special-fund', IN_JINQIAO), rubric: RUBRIC });
    c.at('2026-02-12').do(applicant, { action: 'submit' }).at('2026-02-13').do(jinqiao, { action: 'accept' });
    const views = describeRunningTimers(c.state, calendar, '2026-02-27T10:00:00+08:00');
    // body review: promised 5 (2-14, 2-24, 2-25, 2-26, 2-27), statutory 10
    expect(views.map((v) => [v.timer.id, v.promised?.dueDate, v.statutory.dueDate, v.status])).toEqual([
      ['case', '2026-04-17', '2026-05-19', 'green'],
      ['stage:body-review:1', '2026-02-27', '2026-03-05', 'yellow'],
    ]);
  });
});

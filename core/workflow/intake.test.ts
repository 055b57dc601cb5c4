import { describe, expect, it } from 'vitest';
import { decideAction } from './decide-action';
import { describeTimer } from './describe-timers';
import { applicant, coordinator, officer } from './testdata/actors';
import { CaseDriver, RUBRIC, calendar } from './testdata/drive';
import { IN_JINQIAO, loadWorkflow, routeFor } from './testdata/zone-workflows';

const fund = loadWorkflow('special-fund.yaml');
const jinqiao = officer('jinqiao');
const submitted = () => new CaseDriver(fund, { route: routeFor('special-fund', IN_JINQIAO), rubric: RUBRIC }).do(applicant, { action: 'submit' });
const items = [
  { kind: 'missing', subject: 'audit-report', problem: '缺少专项审计报告' },
  { kind: 'wrong', subject: 'rdSpending', problem: '研发投入与审计报告不一致' },
];

describe('withdrawal', () => {
  it('is possible until an officer handles the case', () => {
    const c = submitted().do(coordinator, { action: 'urge' }).do(jinqiao, { action: 'copy', unitIds: ['shanghai-sti-office'] });
    c.do(applicant, { action: 'withdraw', reason: '暂不申报' });
    expect(c.state).toMatchObject({ status: 'closed', outcome: 'withdrawn', stageId: 'closed' });
    expect(c.eventsOf('timer-stopped').map((e) => e.timerId)).toEqual(['stage:intake:1']);
  });

  it.each([
    ['a correction notice', { action: 'request-correction', items }],
    ['a transfer', { action: 'transfer', toUnitId: 'district-finance', reason: '转办' }],
  ])('is too late after %s', (_, command) => {
    const c = submitted().do(jinqiao, command);
    expect(c.refusal(applicant, { action: 'withdraw' })).toMatchObject({ code: 'WORKFLOW_WITHDRAW_TOO_LATE', status: 409 });
  });
});

describe('the one-time correction notice', () => {
  it('lists every item at once, pauses every clock and resumes on resubmission', () => {
    const c = submitted().at('2026-03-03').do(jinqiao, { action: 'request-correction', items });
    expect(c.state.correction).toMatchObject({ stageId: 'intake', status: 'open', items });
    expect(c.eventsOf('document')).toEqual([expect.objectContaining({ document: 'correction-notice', content: { items } })]);
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'correction-requested', recipients: { units: [], users: [], applicant: true } }]);
    expect(c.eventsOf('timer-paused').map((e) => e.timerId)).toEqual(['stage:intake:1']);

    // While paused: only resubmit, withdraw (too late now), urge and copy.
    expect(c.refusal(jinqiao, { action: 'accept' })).toMatchObject({ code: 'WORKFLOW_CASE_PAUSED' });
    c.do(coordinator, { action: 'urge' });
    expect(c.eventsOf('notification')[0]!.recipients).toMatchObject({ units: ['jinqiao'], applicant: true });

    c.at('2026-03-10').do(applicant, { action: 'resubmit', note: '已补齐' });
    expect(c.state.correction).toMatchObject({ status: 'answered' });
    expect(c.eventsOf('timer-resumed').map((e) => e.timerId)).toEqual(['stage:intake:1']);
    // submitted 3-2 (09:00), paused 3-3 … 3-10: counted 3-3, then 3-11, 3-12 … ; promised 2, statutory 5
    const view = describeTimer(c.state.timers[0]!, calendar, '2026-03-11T10:00:00+08:00');
    expect(view.promised).toMatchObject({ usedWorkingDays: 2, dueDate: '2026-03-11', status: 'yellow' });
    expect(view.statutory).toMatchObject({ usedWorkingDays: 2, dueDate: '2026-03-16', status: 'green' });
  });

  it('is issued once per stage entry', () => {
    const c = submitted().do(jinqiao, { action: 'request-correction', items }).do(applicant, { action: 'resubmit' });
    expect(c.refusal(jinqiao, { action: 'request-correction', items })).toMatchObject({ code: 'WORKFLOW_CORRECTION_ALREADY_REQUESTED', status: 409 });
    // …but a later stage may issue its own.
    c.do(jinqiao, { action: 'accept' }).do(jinqiao, { action: 'request-correction', items: [items[0]] });
    expect(c.state.correction).toMatchObject({ stageId: 'body-review', status: 'open' });
    expect(c.eventsOf('timer-paused').map((e) => e.timerId)).toEqual(['case', 'stage:body-review:1']);
  });

  it.each([
    [{ items: [] }, 'items: list every missing or wrong item'],
    [{ items: [{ kind: 'missing', subject: '', problem: 'x' }] }, 'items.0.subject: must not be empty'],
    [{}, 'items: '],
  ])('refuses an incomplete notice %j naming the field', (payload, issue) => {
    const error = submitted().refusal(jinqiao, { action: 'request-correction', ...payload });
    expect(error).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID', status: 400 });
    expect(error.details.issues).toContainEqual(expect.stringContaining(issue));
  });

  it('cannot be answered when nothing is pending', () => {
    expect(submitted().refusal(applicant, { action: 'resubmit' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });
  });
});

describe('accept and refuse', () => {
  it('refuses with reasons and the refusal decision', () => {
    const c = submitted().do(jinqiao, { action: 'refuse', reasons: ['申请人不在支持范围内'] });
    expect(c.state).toMatchObject({ status: 'closed', outcome: 'refused' });
    expect(c.eventsOf('document')).toEqual([expect.objectContaining({ document: 'refusal-decision', content: { reasons: ['申请人不在支持范围内'] } })]);
    expect(c.refusal(jinqiao, { action: 'accept' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE', details: expect.objectContaining({ reasonEn: 'The case is closed' }) });
  });

  it('names an unknown action and lists the known ones', () => {
    const error = submitted().refusal(jinqiao, { action: 'approve-everything' });
    expect(error).toMatchObject({ code: 'WORKFLOW_ACTION_UNKNOWN', status: 400 });
    expect(error.localizedMessage('zh-CN')).toContain('未知的办件操作：approve-everything');
  });

  it('explains a refusal in both languages', () => {
    const error = submitted().refusal(officer('chuansha', ['expert']), { action: 'accept' });
    expect(error.localizedMessage('zh-CN')).toBe('无权在“受理”环节“受理”：本环节需要以下角色之一：intake-officer');
    expect(error.localizedMessage('en')).toBe('You may not "Accept" at stage "Intake": This stage needs one of the roles: intake-officer');
  });

  it('refuses a definition other than the one the case runs on', () => {
    const c = submitted();
    const newer = { ...fund, version: '2025.1' };
    const result = decideAction(newer, c.state, jinqiao, { action: 'accept' }, { now: c.now, calendar });
    expect(result.ok ? null : result.error.code).toBe('WORKFLOW_VERSION_MISMATCH');
  });
});

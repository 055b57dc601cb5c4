import { describe, expect, it } from 'vitest';
import { noticeLastDay } from './notice-period';
import { applicant, coordinator, otherEnterprise } from './testdata/actors';
import { calendar } from './testdata/drive';
import { fundCaseAt, jinqiao } from './testdata/fund-path';

/** The notice starts on the day the case enters it (not counted) and runs 5 working days. */
const noticed = (date = '2026-03-09') => {
  const c = fundCaseAt('expert-review').at(date, '09:00');
  c.do(jinqiao, { action: 'assign-experts', userIds: ['e1', 'e2'] });
  for (const id of ['e1', 'e2']) c.do({ ...otherEnterprise, userId: id, unitId: 'expert-pool', roles: ['expert'] }, { action: 'declare-interest', hasConflict: false });
  for (const id of ['e1', 'e2']) c.do({ ...otherEnterprise, userId: id, unitId: 'expert-pool', roles: ['expert'] }, { action: 'score', scores: { innovation: 3, benefit: 3 } });
  return c;
};

describe('public notice (公示)', () => {
  it.each([
    ['2026-03-09', '2026-03-16'],
    ['2026-09-28', '2026-10-10'],
    ['2026-02-12', '2026-02-26'],
  ])('entered on %s, runs to %s (working days, 调休 counted)', (date, lastDay) => {
    const c = noticed(date);
    expect(c.state.stageId).toBe('public-notice');
    expect(noticeLastDay(c.state.notice!, calendar)).toBe(lastDay);
    expect(c.refusal(jinqiao, { action: 'conclude-notice' })).toMatchObject({ code: 'WORKFLOW_NOTICE_PERIOD_RUNNING', details: expect.objectContaining({ endsOn: lastDay }) });
    c.at(lastDay, '23:59');
    expect(c.refusal(jinqiao, { action: 'conclude-notice' })).toMatchObject({ code: 'WORKFLOW_NOTICE_PERIOD_RUNNING' });
    c.do(otherEnterprise, { action: 'object', text: '最后一天提出的异议' });
    expect(c.state.notice!.objections).toHaveLength(1);
  });

  it('takes objections from anyone but the applicant, and none after the period', () => {
    const c = noticed();
    expect(c.refusal(applicant, { action: 'object', text: '自己反对自己' })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
    c.do(coordinator, { action: 'object', text: '申报数据存疑' });
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'objection-raised', recipients: { units: ['jinqiao'], users: [], applicant: false } }]);
    expect(c.at('2026-03-17').refusal(otherEnterprise, { action: 'object', text: '迟到的异议' })).toMatchObject({ code: 'WORKFLOW_NOTICE_PERIOD_ENDED', details: expect.objectContaining({ endedOn: '2026-03-16' }) });
  });

  it('cannot conclude while an objection is open; a dismissed one lets it conclude', () => {
    const c = noticed().do(otherEnterprise, { action: 'object', text: '异议' }).at('2026-03-17');
    expect(c.refusal(jinqiao, { action: 'conclude-notice' })).toMatchObject({ code: 'WORKFLOW_OBJECTION_OPEN', details: expect.objectContaining({ count: 1 }) });
    c.do(jinqiao, { action: 'resolve-objection', objectionId: 'objection-1', outcome: 'dismissed', reason: '经核查不成立' });
    expect(c.state.notice!.objections[0]).toMatchObject({ status: 'dismissed', resolution: '经核查不成立' });
    c.do(jinqiao, { action: 'conclude-notice' });
    expect(c.state.stageId).toBe('decision');
    expect(c.eventsOf('timer-stopped').map((e) => e.timerId)).toEqual(['notice:public-notice:1']);
  });

  it('reopens the case at the definition’s stage when an objection is upheld', () => {
    const c = noticed().do(otherEnterprise, { action: 'object', text: '研发投入重复申报' });
    c.do(jinqiao, { action: 'resolve-objection', objectionId: 'objection-1', outcome: 'upheld', reason: '异议成立，重新审核' });
    expect(c.state).toMatchObject({ stageId: 'body-review', path: ['intake', 'body-review'], visits: { 'body-review': 2 } });
    expect(c.eventsOf('notification')).toContainEqual({ type: 'notification', topic: 'case-reopened', recipients: { units: [], users: [], applicant: true } });
    expect(c.eventsOf('timer-armed').map((e) => e.timer.id)).toEqual(['stage:body-review:2']);
  });

  it('reopens at another passed stage when named, and only at one', () => {
    const c = noticed().do(otherEnterprise, { action: 'object', text: '评分有误' });
    expect(c.refusal(jinqiao, { action: 'resolve-objection', objectionId: 'objection-1', outcome: 'upheld', reason: 'x', reopenTo: 'decision' })).toMatchObject({ code: 'WORKFLOW_RETURN_TARGET_INVALID' });
    expect(c.refusal(jinqiao, { action: 'resolve-objection', objectionId: 'objection-1', outcome: 'dismissed', reason: 'x', reopenTo: 'intake' })).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID' });
    c.do(jinqiao, { action: 'resolve-objection', objectionId: 'objection-1', outcome: 'upheld', reason: '重新评审', reopenTo: 'expert-review' });
    expect(c.state).toMatchObject({ stageId: 'expert-review', experts: { seats: [] } });
  });

  it('names an objection that is not open', () => {
    const c = noticed().do(otherEnterprise, { action: 'object', text: '异议' });
    expect(c.refusal(jinqiao, { action: 'resolve-objection', objectionId: 'objection-7', outcome: 'dismissed', reason: 'x' })).toMatchObject({ code: 'WORKFLOW_OBJECTION_NOT_FOUND', details: expect.objectContaining({ objectionId: 'objection-7' }) });
  });
});

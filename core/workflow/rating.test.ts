import { describe, expect, it } from 'vitest';
import { describeRunningTimers } from './describe-timers';
import { applicant, officer, otherEnterprise } from './testdata/actors';
import { calendar } from './testdata/drive';
import { fundCaseAt, jinqiao } from './testdata/fund-path';

describe('service rating (好差评)', () => {
  it.each([['very-satisfied'], ['satisfied'], ['basic']])('%s closes the matter', (grade) => {
    const c = fundCaseAt('closed').do(applicant, { action: 'rate', grade });
    expect(c.state.rating).toMatchObject({ grade });
    expect(c.state.followUp).toBeNull();
    expect(c.eventsOf('timer-armed')).toEqual([]);
  });

  it.each([['dissatisfied'], ['very-dissatisfied']])('%s opens a follow-up: callback in 1 working day, fix in 15', (grade) => {
    const c = fundCaseAt('closed').at('2026-09-29', '16:00').do(applicant, { action: 'rate', grade, comment: '等待时间过长' });
    expect(c.state.followUp).toMatchObject({ calledBackAt: null, rectifiedAt: null });
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'follow-up-opened', recipients: { units: ['jinqiao'], users: [], applicant: false } }]);
    // Across 国庆 2026: callback due 9-30; the fix's 15 working days end on 10-26 (10-10 is a 调休 Saturday).
    const views = describeRunningTimers(c.state, calendar, '2026-09-30T10:00:00+08:00');
    expect(views.map((v) => [v.timer.id, v.statutory.dueDate, v.status])).toEqual([
      ['callback', '2026-09-30', 'yellow'],
      ['rectification', '2026-10-26', 'green'],
    ]);

    expect(c.refusal(jinqiao, { action: 'complete-rectification', note: '已整改' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });
    expect(c.refusal(officer('chuansha'), { action: 'record-callback', note: '已回访' })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
    c.at('2026-09-30').do(jinqiao, { action: 'record-callback', note: '已电话回访，企业反映受理等待时间长' });
    expect(c.eventsOf('timer-stopped').map((e) => e.timerId)).toEqual(['callback']);
    c.at('2026-10-20').do(jinqiao, { action: 'complete-rectification', note: '增设预约受理' });
    expect(c.state.followUp).toMatchObject({ calledBackAt: expect.any(String), rectifiedAt: expect.any(String) });
    expect(c.state.timers.every((t) => t.stoppedAt !== null)).toBe(true);
    expect(c.refusal(jinqiao, { action: 'record-callback', note: 'x' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });
  });

  it('is given once, by the applicant, for a case not withdrawn', () => {
    const c = fundCaseAt('closed');
    expect(c.refusal(otherEnterprise, { action: 'rate', grade: 'basic' })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
    expect(c.refusal(applicant, { action: 'rate', grade: 'good' })).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID' });
    c.do(applicant, { action: 'rate', grade: 'basic' });
    expect(c.refusal(applicant, { action: 'rate', grade: 'satisfied' })).toMatchObject({ code: 'WORKFLOW_RATING_ALREADY_GIVEN' });
    const withdrawn = fundCaseAt('intake').do(applicant, { action: 'withdraw' });
    expect(withdrawn.refusal(applicant, { action: 'rate', grade: 'basic' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });
  });
});

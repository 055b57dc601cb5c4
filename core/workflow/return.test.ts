import { describe, expect, it } from 'vitest';
import { applicant, officer } from './testdata/actors';
import { finance, fundCaseAt, jinqiao } from './testdata/fund-path';
import { listReturnTargets } from './allowed-actions';

const PASSED_BEFORE_DISBURSEMENT = ['intake', 'body-review', 'expert-review', 'public-notice', 'decision'];

describe('return (退回) to any stage already passed', () => {
  it('lists the stages passed on the current path', () => {
    expect(listReturnTargets(fundCaseAt('disbursement').state)).toEqual(PASSED_BEFORE_DISBURSEMENT);
    expect(listReturnTargets(fundCaseAt('intake').state)).toEqual([]);
    expect(listReturnTargets(fundCaseAt('closed').state)).toEqual([]);
  });

  it.each(PASSED_BEFORE_DISBURSEMENT)('from the disbursement back to %s: entered afresh with a new clock', (target) => {
    const c = fundCaseAt('disbursement').do(finance, { action: 'return', toStageId: target, reason: '需重新办理' });
    expect(c.state.stageId).toBe(target);
    expect(c.state.path).toEqual(PASSED_BEFORE_DISBURSEMENT.slice(0, PASSED_BEFORE_DISBURSEMENT.indexOf(target) + 1));
    expect(c.state.visits[target]).toBe(2);
    expect(c.eventsOf('timer-stopped').map((e) => e.timerId)).toEqual(['stage:disbursement:1']);
    const armed = c.eventsOf('timer-armed').map((e) => e.timer);
    expect(armed.map((t) => t.id)).toEqual([target === 'public-notice' ? 'notice:public-notice:2' : `stage:${target}:2`]);
    expect(armed[0]!.startedAt).toBe(c.eventsOf('timeline')[0]!.entry.at);
    expect(c.eventsOf('timeline')[0]!.entry).toMatchObject({ action: 'return', fromStage: 'disbursement', toStage: target, payload: { toStageId: target, reason: '需重新办理' } });
    expect(c.eventsOf('notification').some((n) => n.topic === 'case-returned')).toBe(target === 'intake');
  });

  it('starts the stage over: its signatures, panel, notice or decision are empty again', () => {
    expect(fundCaseAt('disbursement').do(finance, { action: 'return', toStageId: 'decision', reason: 'x' }).state).toMatchObject({
      decision: null,
      signing: { signers: [{ signedAt: null }, { signedAt: null }] },
    });
    expect(fundCaseAt('disbursement').do(finance, { action: 'return', toStageId: 'expert-review', reason: 'x' }).state.experts).toEqual({ required: 2, seats: [], total: null });
    expect(fundCaseAt('disbursement').do(finance, { action: 'return', toStageId: 'public-notice', reason: 'x' }).state.notice!.objections).toEqual([]);
  });

  it('then runs forward again from there', () => {
    const c = fundCaseAt('expert-review').do(jinqiao, { action: 'return', toStageId: 'body-review', reason: '补充审核意见' });
    c.do(jinqiao, { action: 'sign', opinion: 'agree' });
    expect(c.state).toMatchObject({ stageId: 'expert-review', path: ['intake', 'body-review', 'expert-review'], visits: { 'expert-review': 2, 'body-review': 2 } });
  });

  it.each([
    ['the current stage', 'disbursement'],
    ['a stage not yet reached', 'closed'],
    ['a stage that does not exist', 'nowhere'],
  ])('refuses %s, listing the stages that are possible', (_, target) => {
    const error = fundCaseAt('disbursement').refusal(finance, { action: 'return', toStageId: target, reason: 'x' });
    expect(error).toMatchObject({ code: 'WORKFLOW_RETURN_TARGET_INVALID', status: 400, details: expect.objectContaining({ target, passed: PASSED_BEFORE_DISBURSEMENT }) });
  });

  it('cannot go back past a return: stages after the target are no longer passed', () => {
    const c = fundCaseAt('decision').do(officer('district-finance'), { action: 'return', toStageId: 'body-review', reason: 'x' });
    expect(c.refusal(jinqiao, { action: 'return', toStageId: 'public-notice', reason: 'x' })).toMatchObject({ code: 'WORKFLOW_RETURN_TARGET_INVALID' });
    c.do(jinqiao, { action: 'return', toStageId: 'intake', reason: '重新受理' });
    expect(c.state.stageId).toBe('intake');
    expect(c.refusal(applicant, { action: 'withdraw' })).toMatchObject({ code: 'WORKFLOW_WITHDRAW_TOO_LATE' });
    // Accepted again: the stage clocks start over, the case's own clock keeps running from the first acceptance.
    c.do(jinqiao, { action: 'accept' });
    expect(c.eventsOf('timer-armed').map((e) => e.timer.id)).toEqual(['stage:body-review:3']);
    expect(c.state.timers.filter((t) => t.kind === 'case')).toHaveLength(1);
  });
});

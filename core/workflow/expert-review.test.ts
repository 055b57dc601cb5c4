import { describe, expect, it } from 'vitest';
import { weightedTotal } from './expert-scores';
import { applicant, expert } from './testdata/actors';
import { RUBRIC } from './testdata/drive';
import { fundCaseAt, jinqiao } from './testdata/fund-path';

const assigned = () => fundCaseAt('expert-review').do(jinqiao, { action: 'assign-experts', userIds: ['expert1', 'expert2'] });

describe('expert review', () => {
  it('assigns the panel and tells the experts', () => {
    const c = assigned();
    expect(c.state.experts!.seats.map((s) => [s.userId, s.status])).toEqual([['expert1', 'assigned'], ['expert2', 'assigned']]);
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'experts-assigned', recipients: { units: [], users: ['expert1', 'expert2'], applicant: false } }]);
    expect(c.refusal(jinqiao, { action: 'assign-experts', userIds: ['expert3', 'expert4'] })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });
  });

  it.each([
    [['expert1'], '须抽取 2 名专家'],
    [['expert1', 'expert1'], '重复'],
    [['expert1', 'officer@jinqiao'], '自己'],
  ])('refuses the panel %j', (userIds, reason) => {
    expect(fundCaseAt('expert-review').refusal(jinqiao, { action: 'assign-experts', userIds })).toMatchObject({
      code: 'WORKFLOW_EXPERT_INVALID',
      details: expect.objectContaining({ reason: expect.stringContaining(reason) }),
    });
  });

  it('recuses a conflicted expert, who must be replaced before the review can finish', () => {
    const c = assigned().do(expert('expert1'), { action: 'declare-interest', hasConflict: true, statement: '曾任申请企业顾问' });
    expect(c.state.experts!.seats[0]).toMatchObject({ status: 'recused', conflictStatement: '曾任申请企业顾问' });
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'expert-recused', recipients: { units: ['jinqiao'], users: [], applicant: false } }]);
    expect(c.refusal(expert('expert1'), { action: 'score', scores: { innovation: 5, benefit: 5 } })).toMatchObject({ code: 'WORKFLOW_EXPERT_RECUSED' });
    expect(c.refusal(expert('expert1'), { action: 'declare-interest', hasConflict: false })).toMatchObject({ code: 'WORKFLOW_EXPERT_RECUSED' });

    c.do(expert('expert2'), { action: 'declare-interest', hasConflict: false }).do(expert('expert2'), { action: 'score', scores: { innovation: 4, benefit: 3 } });
    expect(c.state.stageId).toBe('expert-review');
    expect(c.state.experts!.total).toBeNull();

    expect(c.refusal(jinqiao, { action: 'replace-expert', recusedUserId: 'expert2', replacementUserId: 'expert3' })).toMatchObject({ code: 'WORKFLOW_EXPERT_INVALID' });
    expect(c.refusal(jinqiao, { action: 'replace-expert', recusedUserId: 'expert1', replacementUserId: 'expert2' })).toMatchObject({ code: 'WORKFLOW_EXPERT_INVALID' });
    c.do(jinqiao, { action: 'replace-expert', recusedUserId: 'expert1', replacementUserId: 'expert3' });
    expect(c.state.experts!.seats.map((s) => [s.userId, s.status, s.replacedBy])).toEqual([
      ['expert1', 'recused', 'expert3'],
      ['expert2', 'scored', null],
      ['expert3', 'assigned', null],
    ]);
    expect(c.refusal(jinqiao, { action: 'replace-expert', recusedUserId: 'expert1', replacementUserId: 'expert4' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });

    c.do(expert('expert3'), { action: 'declare-interest', hasConflict: false }).do(expert('expert3'), { action: 'score', scores: { innovation: 5, benefit: 4 }, comment: '创新性突出' });
    // expert2: 60×4/5 + 40×3/5 = 72; expert3: 60 + 32 = 92; panel 82
    expect(c.state.experts).toMatchObject({ total: 82, seats: [{ total: null }, { total: 72 }, { total: 92, comment: '创新性突出' }] });
    expect(c.state.stageId).toBe('public-notice');
  });

  it('takes scores only after the declaration, once, and from assigned experts', () => {
    const c = assigned();
    expect(c.refusal(expert('expert1'), { action: 'score', scores: { innovation: 4, benefit: 4 } })).toMatchObject({ code: 'WORKFLOW_EXPERT_CONFLICT_UNDECLARED' });
    c.do(expert('expert1'), { action: 'declare-interest', hasConflict: false });
    expect(c.refusal(expert('expert1'), { action: 'declare-interest', hasConflict: false })).toMatchObject({ code: 'WORKFLOW_EXPERT_ALREADY_DECLARED' });
    c.do(expert('expert1'), { action: 'score', scores: { innovation: 4, benefit: 4 } });
    expect(c.refusal(expert('expert1'), { action: 'score', scores: { innovation: 5, benefit: 5 } })).toMatchObject({ code: 'WORKFLOW_EXPERT_ALREADY_SCORED' });
    expect(c.refusal(expert('expert9'), { action: 'declare-interest', hasConflict: false })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
    expect(c.refusal(applicant, { action: 'score', scores: {} })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
  });

  it.each([
    [{ innovation: 4 }, 'scores.benefit: missing'],
    [{ innovation: 4, benefit: 6 }, 'scores.benefit: must be between 0 and 5'],
    [{ innovation: 4, benefit: 4, beauty: 5 }, 'scores.beauty: not a criterion of the rubric'],
  ])('names what is wrong with the score sheet %j', (scores, issue) => {
    const c = assigned().do(expert('expert1'), { action: 'declare-interest', hasConflict: false });
    expect(c.refusal(expert('expert1'), { action: 'score', scores })).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID', details: expect.objectContaining({ issues: [issue] }) });
  });

  it('asks a conflicted expert to say what the conflict is', () => {
    expect(assigned().refusal(expert('expert1'), { action: 'declare-interest', hasConflict: true })).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID' });
  });

  it.each([
    [{ innovation: 5, benefit: 5 }, 100],
    [{ innovation: 0, benefit: 0 }, 0],
    [{ innovation: 3, benefit: 2 }, 52],
    [{ innovation: 2.5, benefit: 3.5 }, 58],
  ])('weights %j to %d out of 100', (scores, total) => {
    expect(weightedTotal(RUBRIC, scores)).toBe(total);
  });
});

import { describe, expect, it } from 'vitest';
import { applicant, officer } from './testdata/actors';
import { CaseDriver } from './testdata/drive';
import { finance, fundCaseAt, science } from './testdata/fund-path';
import { IN_ZHANGJIANG, loadWorkflow, routeFor } from './testdata/zone-workflows';

const signed = () => fundCaseAt('decision').do(science, { action: 'sign', opinion: 'agree' }).do(finance, { action: 'sign', opinion: 'agree' });

describe('decision', () => {
  it('rejects with reasons citing the rule trace, issues the decision and closes the case', () => {
    const reasons = [{ text: '研发投入增长率未达 10%', ruleId: 'growth' }, { text: '专家评分未达 60 分' }];
    const c = signed().do(science, { action: 'reject', reasons });
    expect(c.state).toMatchObject({ status: 'closed', outcome: 'rejected', decision: { outcome: 'rejected', reasons, definitionVersion: '2024.1' } });
    expect(c.eventsOf('document')).toEqual([expect.objectContaining({ document: 'decision', content: { outcome: 'rejected', reasons, definitionVersion: '2024.1' } })]);
    expect(c.eventsOf('timer-stopped').map((e) => e.timerId)).toEqual(['stage:decision:1', 'case']);
  });

  it.each([
    [{ action: 'approve' }, 'amount: required at this stage'],
    [{ action: 'approve', amount: -1 }, 'amount: must not be negative'],
    [{ action: 'approve', amount: 100.005 }, 'amount: must have at most two decimals (fen)'],
    [{ action: 'reject', reasons: [] }, 'reasons: give at least one reason'],
  ])('refuses %j naming the field', (command, issue) => {
    expect(signed().refusal(science, command)).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID', details: expect.objectContaining({ issues: [issue] }) });
  });

  it('a decision without an amount takes none (talent)', () => {
    const talent = loadWorkflow('talent.yaml');
    const office = officer('zhangjiang-construction-office');
    const c = new CaseDriver(talent, { route: routeFor('talent-hukou', IN_ZHANGJIANG) })
      .do(applicant, { action: 'submit' }).do(office, { action: 'accept' }).do(office, { action: 'sign', opinion: 'agree' }).do(office, { action: 'report' });
    const cityHr = officer('city-human-resources');
    expect(c.refusal(cityHr, { action: 'approve', amount: 1 })).toMatchObject({ code: 'WORKFLOW_PAYLOAD_INVALID', details: expect.objectContaining({ issues: ['amount: this decision carries no amount'] }) });
    c.do(cityHr, { action: 'approve', note: '同意落户' });
    expect(c.state).toMatchObject({ status: 'closed', outcome: 'completed', decision: { outcome: 'approved', amount: null, reasons: [{ text: '同意落户' }] } });
  });
});

describe('disbursement and closing (办结)', () => {
  const approved = () => signed().do(finance, { action: 'approve', amount: 100000.1 });

  it('pays out in instalments up to the approved amount, then closes', () => {
    const c = approved().do(finance, { action: 'disburse', amount: 60000.05, voucher: 'PZ-1' });
    expect(c.refusal(finance, { action: 'close' })).toMatchObject({ code: 'WORKFLOW_DISBURSEMENT_INCOMPLETE', details: expect.objectContaining({ remaining: '40000.05' }) });
    expect(c.refusal(finance, { action: 'disburse', amount: 40000.06, voucher: 'PZ-2' })).toMatchObject({
      code: 'WORKFLOW_DISBURSEMENT_EXCEEDS_APPROVED',
      details: expect.objectContaining({ amount: '40000.06', remaining: '40000.05' }),
    });
    c.do(finance, { action: 'disburse', amount: 40000.05, voucher: 'PZ-2' });
    expect(c.refusal(finance, { action: 'disburse', amount: 1, voucher: 'PZ-3' })).toMatchObject({ code: 'WORKFLOW_ACTION_UNAVAILABLE' });
    c.do(finance, { action: 'close', note: '资金已全部拨付' });
    expect(c.state).toMatchObject({ status: 'closed', outcome: 'completed' });
    expect(c.state.disbursements.map((d) => d.voucher)).toEqual(['PZ-1', 'PZ-2']);
  });

  it('is for the finance bureau only', () => {
    expect(approved().refusal(science, { action: 'disburse', amount: 1, voucher: 'x' })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED', status: 403 });
  });
});

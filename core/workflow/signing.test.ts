import { describe, expect, it } from 'vitest';
import { applicant, officer } from './testdata/actors';
import { CaseDriver } from './testdata/drive';
import { finance, fundCaseAt, science } from './testdata/fund-path';
import { IN_JINQIAO, IN_ZHANGJIANG, loadWorkflow, routeFor } from './testdata/zone-workflows';
import type { WorkflowDefinition } from './workflow-definition.schema';

const talent = loadWorkflow('talent.yaml');
const organisation = officer('district-organisation-department');
const hr = officer('district-human-resources');
const town = officer('310115120');

/** A talent case in the expansion area at its review: the two lead departments countersign (会签). */
function expansionReview(definition: WorkflowDefinition = talent) {
  return new CaseDriver(definition, { route: routeFor('talent-hukou', IN_JINQIAO) })
    .do(applicant, { action: 'submit' })
    .do(organisation, { action: 'accept' });
}

describe('countersign (会签)', () => {
  it('waits for every unit, then moves on; the town takes part by copy', () => {
    const c = expansionReview();
    expect(c.state.signing).toMatchObject({ mode: 'countersign', signers: [{ unitId: 'district-organisation-department' }, { unitId: 'district-human-resources' }] });
    expect(c.eventsOf('notification')).toContainEqual({
      type: 'notification', topic: 'stage-entered', recipients: { units: ['district-organisation-department', 'district-human-resources', '310115120'], users: [], applicant: false },
    });
    c.do(hr, { action: 'sign', opinion: 'disagree', comment: '社保年限需核实' });
    expect(c.state.stageId).toBe('review');
    expect(c.refusal(hr, { action: 'sign', opinion: 'agree' })).toMatchObject({ code: 'WORKFLOW_ALREADY_SIGNED' });
    c.do(organisation, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
    expect(c.eventsOf('timeline')[0]!.entry).toMatchObject({ fromStage: 'review', toStage: 'report' });
  });

  it('in the original area one unit signs alone', () => {
    const office = officer('zhangjiang-construction-office');
    const c = new CaseDriver(talent, { route: routeFor('talent-hukou', IN_ZHANGJIANG) }).do(applicant, { action: 'submit' }).do(office, { action: 'accept' });
    expect(c.state.route).toEqual({ rule: 'talent-original', standard: 'original' });
    expect(c.state.signing!.signers.map((s) => s.unitId)).toEqual(['zhangjiang-construction-office']);
    c.do(office, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
  });

  it('holds a decision until the countersignatures are complete', () => {
    const c = fundCaseAt('decision');
    expect(c.refusal(science, { action: 'approve', amount: 100 })).toMatchObject({ code: 'WORKFLOW_SIGNATURES_PENDING', details: expect.objectContaining({ pending: ['district-science-economy', 'district-finance'] }) });
    c.do(science, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('decision');
    expect(c.refusal(science, { action: 'reject', reasons: [{ text: '评分不足' }] })).toMatchObject({ code: 'WORKFLOW_SIGNATURES_PENDING', details: expect.objectContaining({ pending: ['district-finance'] }) });
    c.do(finance, { action: 'sign', opinion: 'agree' }).do(finance, { action: 'approve', amount: 100 });
    expect(c.state.stageId).toBe('disbursement');
  });
});

describe('any-sign (或签)', () => {
  const anySign: WorkflowDefinition = { ...talent, stages: talent.stages.map((s) => (s.id === 'review' ? { ...s, signing: 'any-sign' as const } : s)) };

  it('moves on with the first signature', () => {
    const c = expansionReview(anySign);
    expect(c.state.signing).toMatchObject({ mode: 'any-sign' });
    c.do(hr, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
  });

  it('still needs a signer added to it, and the rest of the group is no longer asked', () => {
    const c = expansionReview(anySign).do(organisation, { action: 'add-signer', unitId: '310115120', position: 'after' });
    c.do(organisation, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('review');
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'signature-requested', recipients: { units: ['310115120'], users: [], applicant: false } }]);
    expect(c.refusal(hr, { action: 'sign', opinion: 'agree' })).toMatchObject({ code: 'WORKFLOW_ALREADY_SIGNED' });
    c.do(town, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
  });
});

describe('adding a signer (加签)', () => {
  it('before me: I wait for the added unit', () => {
    const c = expansionReview().do(hr, { action: 'add-signer', unitId: '310115120', position: 'before', reason: '请街镇核实居住情况' });
    expect(c.refusal(hr, { action: 'sign', opinion: 'agree' })).toMatchObject({ code: 'WORKFLOW_SIGNER_WAITING', details: expect.objectContaining({ waitingFor: ['310115120'] }) });
    c.do(organisation, { action: 'sign', opinion: 'agree' }).do(town, { action: 'sign', opinion: 'agree' });
    expect(c.eventsOf('notification')).toEqual([{ type: 'notification', topic: 'signature-requested', recipients: { units: ['district-human-resources'], users: [], applicant: false } }]);
    c.do(hr, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
  });

  it('after me: the added unit waits for me, and the stage for it', () => {
    const c = expansionReview().do(hr, { action: 'add-signer', unitId: '310115120', position: 'after' });
    expect(c.refusal(town, { action: 'sign', opinion: 'agree' })).toMatchObject({ code: 'WORKFLOW_SIGNER_WAITING' });
    c.do(hr, { action: 'sign', opinion: 'agree' }).do(organisation, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('review');
    c.do(town, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
  });

  it.each([
    ['a unit already signing', { unitId: 'district-human-resources', position: 'after' }, 'WORKFLOW_SIGNER_DUPLICATE'],
    ['a malformed unit id', { unitId: 'Town 1', position: 'after' }, 'WORKFLOW_PAYLOAD_INVALID'],
    ['no position', { unitId: '310115120' }, 'WORKFLOW_PAYLOAD_INVALID'],
  ])('refuses %s', (_, payload, code) => {
    expect(expansionReview().refusal(organisation, { action: 'add-signer', ...payload })).toMatchObject({ code });
  });

  it('is not open to a unit that has signed, nor to one that does not sign', () => {
    const c = expansionReview().do(hr, { action: 'sign', opinion: 'agree' });
    expect(c.refusal(hr, { action: 'add-signer', unitId: '310115120', position: 'after' })).toMatchObject({ code: 'WORKFLOW_ALREADY_SIGNED' });
    expect(c.refusal(town, { action: 'add-signer', unitId: 'shanghai-sti-office', position: 'after' })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
  });
});

describe('transfer (转办) in a signing stage', () => {
  it('hands the unit’s signature to the target', () => {
    const c = expansionReview().do(hr, { action: 'transfer', toUnitId: 'district-science-economy', reason: '职能调整' });
    expect(c.state.assignments['review']!.units).toEqual(['district-organisation-department', 'district-science-economy']);
    expect(c.state.signing!.signers.map((s) => s.unitId)).toEqual(['district-organisation-department', 'district-science-economy']);
    expect(c.refusal(hr, { action: 'sign', opinion: 'agree' })).toMatchObject({ code: 'WORKFLOW_ACTOR_NOT_PERMITTED' });
    c.do(officer('district-science-economy'), { action: 'sign', opinion: 'agree' }).do(organisation, { action: 'sign', opinion: 'agree' });
    expect(c.state.stageId).toBe('report');
  });

  it('refuses a target already on the stage', () => {
    expect(expansionReview().refusal(hr, { action: 'transfer', toUnitId: 'district-organisation-department', reason: 'x' })).toMatchObject({ code: 'WORKFLOW_TRANSFER_TARGET_INVALID' });
  });
});

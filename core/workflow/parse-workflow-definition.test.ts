/* eslint-disable @typescript-eslint/no-explicit-any -- the fixtures are deliberately malformed definitions, edited freely */
import { describe, expect, it } from 'vitest';
import { parseWorkflowDefinition } from './parse-workflow-definition';

/** The smallest sensible workflow: intake → review → decision → closed. */
function minimal(): Record<string, any> {
  return {
    id: 'mini',
    version: '1',
    name: '最小流程',
    nameEn: 'Minimal',
    caseTypes: ['mini'],
    caseNumberPrefix: 'MINI',
    source: 'seed',
    verified: false,
    stages: [
      { id: 'intake', kind: 'intake', name: '受理', nameEn: 'Intake', handledBy: { routeStep: 'intake' }, roles: ['intake-officer'], actions: ['accept', 'refuse'], next: 'review' },
      { id: 'review', kind: 'review', name: '审核', nameEn: 'Review', handledBy: { sameAs: 'intake' }, roles: ['reviewer'], signing: 'countersign', actions: ['sign', 'return'], next: 'decision' },
      { id: 'decision', kind: 'decision', name: '决定', nameEn: 'Decision', handledBy: { units: ['district-finance'] }, roles: ['reviewer'], decision: { amount: 'none' }, actions: ['approve', 'reject'], next: 'closed' },
      { id: 'closed', kind: 'closed', name: '办结', nameEn: 'Closed', handledBy: { sameAs: 'intake' }, roles: ['intake-officer'], actions: ['rate'] },
    ],
  };
}

function broken(change: (d: Record<string, any>) => void): Record<string, any> {
  const d = minimal();
  change(d);
  return d;
}

describe('parseWorkflowDefinition', () => {
  it('accepts a minimal workflow and fills the defaults', () => {
    const result = parseWorkflowDefinition('workflows/mini.yaml', minimal());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.definition.rating).toEqual({ callbackDays: 1, rectificationDays: 15 });
      expect(result.definition.supervisorRoles).toEqual([]);
      // No policies map unless written: a stored definition's content hash stays as it was.
      expect('policies' in result.definition).toBe(false);
    }
  });

  it.each<[string, (d: Record<string, any>) => void, string, string]>([
    ['an unknown field', (d) => { d.stages[0].colour = 'red'; }, 'stages[0].colour', 'unknown field "colour"'],
    ['a missing field', (d) => { delete d.version; }, 'version', 'required field is missing'],
    ['an unknown action', (d) => { d.stages[0].actions.push('approve-all'); }, 'stages[0].actions[2]', ''],
    ['a bad prefix', (d) => { d.caseNumberPrefix = 'zj'; }, 'caseNumberPrefix', 'upper-case'],
    ['promised beyond statutory', (d) => { d.stages[0].limits = { promised: 10, statutory: 5 }; }, 'stages[0].limits.promised', 'cannot exceed'],
    ['two ways of naming the units', (d) => { d.stages[0].handledBy = { routeStep: 'intake', units: ['x'] }; }, 'stages[0].handledBy', 'exactly one'],
    ['a duplicate stage id', (d) => { d.stages[1].id = 'intake'; }, 'stages[1].id', 'defined twice'],
    ['an action the kind cannot offer', (d) => { d.stages[0].actions.push('score'); }, 'stages[0].actions[2]', 'cannot offer "score"'],
    ['an action listed twice', (d) => { d.stages[0].actions.push('accept'); }, 'stages[0].actions[2]', 'listed twice'],
    ['a required action missing', (d) => { d.stages[2].actions = ['approve']; }, 'stages[2].actions', 'must offer "reject"'],
    ['correction without resubmission', (d) => { d.stages[0].actions.push('request-correction'); }, 'stages[0].actions', '"request-correction" needs "resubmit"'],
    ['signing without sign', (d) => { d.stages[0].signing = 'any-sign'; }, 'stages[0].signing', 'belongs to a stage that offers sign only'],
    ['sign without signing', (d) => { delete d.stages[1].signing; }, 'stages[1].signing', 'needs signing'],
    ['a decision without its setting', (d) => { delete d.stages[2].decision; }, 'stages[2].decision', 'needs decision'],
    ['a next stage that does not exist', (d) => { d.stages[1].next = 'nowhere'; }, 'stages[1].next', 'unknown stage "nowhere"'],
    ['a closed stage with a next', (d) => { d.stages[3].next = 'intake'; }, 'stages[3].next', 'no next stage'],
    ['a stage without next', (d) => { delete d.stages[1].next; }, 'stages[1].next', 'say which stage comes next'],
    ['a first stage that is not intake', (d) => { d.stages.reverse(); }, 'stages[0].kind', 'must be an intake stage'],
    ['no closed stage', (d) => { d.stages[3].kind = 'report'; d.stages[3].actions = ['report']; d.stages[3].next = 'intake'; }, 'stages', 'exactly one closed stage'],
    ['a circle', (d) => { d.stages[2].next = 'review'; }, 'stages', 'circle'],
    ['a stage nobody reaches', (d) => { d.stages[1].next = 'decision'; d.stages[0].next = 'decision'; }, 'stages[1].id', 'cannot be reached'],
    ['sameAs pointing forward', (d) => { d.stages[1].handledBy = { sameAs: 'decision' }; }, 'stages[1].handledBy.sameAs', 'must be a stage before'],
    ['a disbursement without an amount to pay', (d) => {
      d.stages.splice(3, 0, { id: 'pay', kind: 'disbursement', name: '拨付', nameEn: 'Pay', handledBy: { units: ['district-finance'] }, roles: ['reviewer'], actions: ['disburse', 'close'], next: 'closed' });
      d.stages[2].next = 'pay';
    }, 'stages', 'amount: required'],
    ['limits on a closed stage', (d) => { d.stages[3].limits = { promised: 1, statutory: 1 }; }, 'stages[3].limits', 'no time limit'],
    ['a note without its English', (d) => { d.stages[0].note = '说明'; }, 'stages[0].noteEn', 'together'],
    ['a policy mapped to a case type the workflow does not run', (d) => { d.policies = { 'some-policy': 'other' }; }, 'policies.some-policy', 'is not one of caseTypes'],
  ])('reports %s at its field', (_, change, path, reason) => {
    const result = parseWorkflowDefinition('workflows/mini.yaml', broken(change));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual(expect.objectContaining({ file: 'workflows/mini.yaml', path, reason: expect.stringContaining(reason) }));
    }
  });
});

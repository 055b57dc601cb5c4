/**
 * Every action in every stage, for every kind of actor: generated from the definitions. For each stage a case is
 * driven to (as it is on entry), the expected answer follows from the definition — the stage does not offer the
 * action (WORKFLOW_ACTION_UNAVAILABLE), the actor does not stand in the action's relation
 * (WORKFLOW_ACTOR_NOT_PERMITTED), a precondition of a freshly entered stage (table below), or allowed — and both
 * decideAction and allowedActions must agree with it.
 */
import { describe, expect, it } from 'vitest';
import type { CaseState } from './case-state';
import { allowedActions } from './allowed-actions';
import { decideAction } from './decide-action';
import { assignmentOf } from './step';
import { applicant, coordinator, expert, officer, otherEnterprise } from './testdata/actors';
import { CaseDriver, RUBRIC, calendar } from './testdata/drive';
import { IN_JINQIAO, IN_ZHANGJIANG, loadWorkflow, routeFor } from './testdata/zone-workflows';
import { ACTION_SPECS, WORKFLOW_ACTIONS, type ActorRelation, type WorkflowAction } from './workflow-actions';
import type { StageDefinition, WorkflowDefinition } from './workflow-definition.schema';
import type { WorkflowActor } from './workflow-events';

/** Refusals of an action the right actor meets in a stage just entered; everything else is allowed. */
const ON_ENTRY: Readonly<Record<string, string>> = {
  'intake:resubmit': 'WORKFLOW_ACTION_UNAVAILABLE',
  'review:resubmit': 'WORKFLOW_ACTION_UNAVAILABLE',
  'expert-review:replace-expert': 'WORKFLOW_ACTION_UNAVAILABLE',
  'public-notice:resolve-objection': 'WORKFLOW_ACTION_UNAVAILABLE',
  'public-notice:conclude-notice': 'WORKFLOW_NOTICE_PERIOD_RUNNING',
  'countersigned-decision:approve': 'WORKFLOW_SIGNATURES_PENDING',
  'countersigned-decision:reject': 'WORKFLOW_SIGNATURES_PENDING',
  'disbursement:close': 'WORKFLOW_DISBURSEMENT_INCOMPLETE',
  'closed:record-callback': 'WORKFLOW_ACTION_UNAVAILABLE',
  'closed:complete-rectification': 'WORKFLOW_ACTION_UNAVAILABLE',
};

interface Snapshot {
  state: CaseState;
  now: string;
}

interface Scenario {
  label: string;
  definition: WorkflowDefinition;
  stages: Map<string, Snapshot>;
}

/** Drives a case along its happy path and keeps the state as each stage is entered. */
function scenario(label: string, file: string, caseType: string, location: typeof IN_JINQIAO, path: (c: CaseDriver) => void): Scenario {
  const definition = loadWorkflow(file);
  const c = new CaseDriver(definition, { route: routeFor(caseType, location), rubric: RUBRIC });
  const stages = new Map<string, Snapshot>([['draft', { state: c.state, now: c.now }]]);
  const original = c.do.bind(c);
  c.do = (actor, command) => {
    original(actor, command);
    if (!stages.has(c.state.stageId)) stages.set(c.state.stageId, { state: c.state, now: c.now });
    return c;
  };
  path(c);
  return { label, definition, stages };
}

const handlerOf = (state: CaseState, stage: StageDefinition) => officer(assignmentOf(state, stage.id).units[0]!, [stage.roles[0]!]);

const scenarios: Scenario[] = [
  scenario('special fund', 'special-fund.yaml', 'special-fund', IN_JINQIAO, (c) => {
    const jinqiao = officer('jinqiao');
    c.do(applicant, { action: 'submit' }).do(jinqiao, { action: 'accept' }).do(jinqiao, { action: 'sign', opinion: 'agree' });
    c.do(jinqiao, { action: 'assign-experts', userIds: ['expert1', 'expert2'] });
    for (const id of ['expert1', 'expert2']) c.do(expert(id), { action: 'declare-interest', hasConflict: false });
    for (const id of ['expert1', 'expert2']) c.do(expert(id), { action: 'score', scores: { innovation: 4, benefit: 4 } });
    c.at('2026-03-16').do(jinqiao, { action: 'conclude-notice' });
    c.do(officer('district-science-economy'), { action: 'sign', opinion: 'agree' }).do(officer('district-finance'), { action: 'sign', opinion: 'agree' });
    c.do(officer('district-finance'), { action: 'approve', amount: 500000 });
    c.do(officer('district-finance'), { action: 'disburse', amount: 500000, voucher: 'PZ-1' }).do(officer('district-finance'), { action: 'close' });
  }),
  scenario('talent, original area', 'talent.yaml', 'talent-hukou', IN_ZHANGJIANG, (c) => {
    const office = officer('zhangjiang-construction-office');
    c.do(applicant, { action: 'submit' }).do(office, { action: 'accept' }).do(office, { action: 'sign', opinion: 'agree' });
    c.do(office, { action: 'report' }).do(officer('city-human-resources'), { action: 'approve' });
  }),
  scenario('talent, expansion area', 'talent.yaml', 'talent-residence-conversion', IN_JINQIAO, (c) => {
    const organisation = officer('district-organisation-department');
    c.do(applicant, { action: 'submit' }).do(organisation, { action: 'accept' });
    c.do(organisation, { action: 'sign', opinion: 'agree' }).do(officer('district-human-resources'), { action: 'sign', opinion: 'agree' });
    c.do(officer('zhangjiang-construction-office'), { action: 'report' }).do(officer('city-human-resources'), { action: 'approve' });
  }),
];

/** A valid payload for the action in this state, so an allowed action can be carried out. */
function samplePayload(action: WorkflowAction, state: CaseState, stage: StageDefinition | undefined): Record<string, unknown> {
  const busy = new Set([...(stage ? assignmentOf(state, stage.id).units : []), ...(state.signing?.signers.map((s) => s.unitId) ?? [])]);
  const freeUnit = ['shanghai-sti-office', 'investment-promotion-centre', 'district-finance'].find((u) => !busy.has(u));
  const payloads: Partial<Record<WorkflowAction, Record<string, unknown>>> = {
    refuse: { reasons: ['不属于本政策支持范围'] },
    'request-correction': { items: [{ kind: 'missing', subject: 'audit-report', problem: '缺少专项审计报告' }] },
    transfer: { toUnitId: freeUnit, reason: '属地调整' },
    sign: { opinion: 'agree' },
    'add-signer': { unitId: freeUnit, position: 'after' },
    return: { toStageId: state.path[0], reason: '材料需重新审核' },
    copy: { unitIds: ['shanghai-sti-office'] },
    'assign-experts': { userIds: Array.from({ length: stage?.experts?.count ?? 0 }, (_, i) => `expert${i + 1}`) },
    object: { text: '异议' },
    approve: stage?.decision?.amount === 'required' ? { amount: 1000 } : {},
    reject: { reasons: [{ text: '不符合条件', ruleId: 'growth' }] },
    disburse: { amount: 1000, voucher: 'PZ-1' },
    rate: { grade: 'satisfied' },
    'record-callback': { note: '已回访' },
    'complete-rectification': { note: '已整改' },
  };
  return { action, ...payloads[action] };
}

function expectedAnswer(
  definition: WorkflowDefinition,
  stage: StageDefinition | undefined,
  action: WorkflowAction,
  persona: string,
): string {
  if (!stage) return action !== 'submit' ? 'WORKFLOW_ACTION_UNAVAILABLE' : persona === 'applicant' ? 'allowed' : 'WORKFLOW_ACTOR_NOT_PERMITTED';
  if (!stage.actions.includes(action)) return 'WORKFLOW_ACTION_UNAVAILABLE';
  const stands: Record<ActorRelation, boolean> = {
    applicant: persona === 'applicant',
    handler: persona === 'handler',
    signer: persona === 'handler',
    expert: false, // no expert is assigned to a stage just entered
    overseer: persona === 'applicant' || definition.supervisorRoles.includes('coordinator') && persona === 'coordinator',
    public: persona !== 'applicant',
  };
  if (!stands[ACTION_SPECS[action].relation]) return 'WORKFLOW_ACTOR_NOT_PERMITTED';
  const kind = stage.kind === 'decision' && stage.actions.includes('sign') ? 'countersigned-decision' : stage.kind;
  return ON_ENTRY[`${kind}:${action}`] ?? 'allowed';
}

const rows = scenarios.flatMap((s) => [...s.stages.keys()].flatMap((stageId) => WORKFLOW_ACTIONS.map((action) => [s.label, stageId, action] as const)));

describe('the action matrix', () => {
  it('reaches every stage of every definition', () => {
    for (const s of scenarios) expect([...s.stages.keys()]).toEqual(['draft', ...s.definition.stages.map((st) => st.id)]);
  });

  it.each(rows)('%s · %s · %s', (label, stageId, action) => {
    const { definition, stages } = scenarios.find((s) => s.label === label)!;
    const { state, now } = stages.get(stageId)!;
    const stage = definition.stages.find((s) => s.id === stageId);
    const personas: Record<string, WorkflowActor> = {
      applicant,
      coordinator,
      otherEnterprise,
      otherOfficer: officer('shanghai-sti-office'),
      ...(stage ? { handler: handlerOf(state, stage), handlerWithoutRole: { ...handlerOf(state, stage), roles: ['expert'] } } : {}),
    };
    const context = { now, calendar };
    const answers = Object.entries(personas).map(([persona, actor]) => {
      const result = decideAction(definition, state, actor, samplePayload(action, state, stage), context);
      const isOffered = allowedActions(definition, state, actor, context).includes(action);
      return { persona, answer: result.ok ? 'allowed' : result.error.code, isOffered };
    });
    const expected = Object.keys(personas).map((persona) => {
      const answer = expectedAnswer(definition, stage, action, persona);
      return { persona, answer, isOffered: answer === 'allowed' };
    });
    expect(answers).toEqual(expected);
  });
});

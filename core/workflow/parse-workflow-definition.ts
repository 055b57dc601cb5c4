/**
 * 校验流程定义 — a workflow YAML, already read into plain values, → a WorkflowDefinition or every problem found,
 * each naming the file and field. Beyond the shape: stage ids are unique, the stages form one chain from an intake
 * stage through `next` to the one closed stage, each stage offers only actions its kind allows and the ones it
 * cannot do without, references (sameAs, reopenTo) point backwards along the chain, and the policies it maps run
 * as one of its case types.
 */
import { describeZodIssues, formatIssuePath, type ZonePackIssue } from '../zone/zone-pack-issue';
import { ACTION_PAIRS, KIND_SETTINGS, REQUIRED_ACTIONS } from './stage-requirements';
import { ACTION_SPECS } from './workflow-actions';
import { workflowDefinitionSchema, type StageDefinition, type WorkflowDefinition } from './workflow-definition.schema';

export type WorkflowParseResult = { ok: true; definition: WorkflowDefinition } | { ok: false; issues: ZonePackIssue[] };

export function parseWorkflowDefinition(file: string, data: unknown): WorkflowParseResult {
  const parsed = workflowDefinitionSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: describeZodIssues(file, parsed.error) };
  const issues = checkStages(parsed.data).map(([path, reason]) => ({ file, path: formatIssuePath(path), reason }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, definition: parsed.data };
}

type Finding = [path: Array<string | number>, reason: string];

function checkStages(definition: WorkflowDefinition): Finding[] {
  const { stages } = definition;
  const findings: Finding[] = [];
  const index = new Map<string, number>();
  stages.forEach((stage, i) => {
    if (index.has(stage.id)) findings.push([['stages', i, 'id'], `stage "${stage.id}" is defined twice`]);
    else index.set(stage.id, i);
  });
  stages.forEach((stage, i) => findings.push(...checkStage(stage, index).map(([path, reason]): Finding => [['stages', i, ...path], reason])));
  for (const [policyId, caseType] of Object.entries(definition.policies ?? {})) {
    if (!definition.caseTypes.includes(caseType)) findings.push([['policies', policyId], `"${caseType}" is not one of caseTypes (${definition.caseTypes.join(', ')})`]);
  }
  if (stages[0]!.kind !== 'intake') findings.push([['stages', 0, 'kind'], 'the first stage must be an intake stage']);
  const closed = stages.filter((s) => s.kind === 'closed');
  if (closed.length !== 1) findings.push([['stages'], `list exactly one closed stage (found ${closed.length})`]);
  if (findings.length > 0) return findings;

  const chain = followChain(stages, index);
  if (typeof chain === 'string') return [[['stages'], chain]];
  const position = new Map(chain.map((id, i) => [id, i]));
  stages.forEach((stage, i) => {
    if (!position.has(stage.id)) findings.push([['stages', i, 'id'], `stage "${stage.id}" cannot be reached from "${stages[0]!.id}" by next`]);
    const before = (id: string) => (position.get(id) ?? Infinity) < (position.get(stage.id) ?? -1);
    if (stage.handledBy.sameAs !== undefined && !before(stage.handledBy.sameAs)) {
      findings.push([['stages', i, 'handledBy', 'sameAs'], `"${stage.handledBy.sameAs}" must be a stage before "${stage.id}"`]);
    }
    if (stage.notice && !before(stage.notice.reopenTo)) {
      findings.push([['stages', i, 'notice', 'reopenTo'], `"${stage.notice.reopenTo}" must be a stage before "${stage.id}"`]);
    }
  });
  if (stages.some((s) => s.kind === 'disbursement') && !stages.some((s) => s.decision?.amount === 'required')) {
    findings.push([['stages'], 'a disbursement stage needs a decision stage with amount: required']);
  }
  return findings;
}

function checkStage(stage: StageDefinition, index: ReadonlyMap<string, number>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  stage.actions.forEach((action, a) => {
    if (seen.has(action)) findings.push([['actions', a], `"${action}" is listed twice`]);
    seen.add(action);
    if (!ACTION_SPECS[action].kinds.includes(stage.kind)) findings.push([['actions', a], `a ${stage.kind} stage cannot offer "${action}"`]);
  });
  for (const action of REQUIRED_ACTIONS[stage.kind]) {
    if (!seen.has(action)) findings.push([['actions'], `a ${stage.kind} stage must offer "${action}"`]);
  }
  for (const [action, needs] of ACTION_PAIRS) {
    if (seen.has(action) && !seen.has(needs)) findings.push([['actions'], `"${action}" needs "${needs}" in the same stage`]);
  }
  for (const { field, applies, what } of KIND_SETTINGS) {
    if (applies(stage) && stage[field] === undefined) findings.push([[field], `${what} needs ${field}`]);
    if (!applies(stage) && stage[field] !== undefined) findings.push([[field], `${field} belongs to ${what} only`]);
  }
  if (stage.kind === 'countersign' && stage.signing === undefined) findings.push([['signing'], 'a countersign stage needs signing']);
  if ((stage.kind === 'closed' || stage.kind === 'public-notice') && stage.limits) {
    findings.push([['limits'], stage.kind === 'closed' ? 'a closed stage has no time limit' : 'a public notice runs for notice.days instead']);
  }
  if (stage.kind === 'closed' ? stage.next !== undefined : stage.next === undefined) {
    findings.push([['next'], stage.kind === 'closed' ? 'a closed stage has no next stage' : 'say which stage comes next']);
  } else if (stage.next !== undefined && !index.has(stage.next)) {
    findings.push([['next'], `unknown stage "${stage.next}"`]);
  }
  if (stage.handledBy.sameAs !== undefined && !index.has(stage.handledBy.sameAs)) {
    findings.push([['handledBy', 'sameAs'], `unknown stage "${stage.handledBy.sameAs}"`]);
  }
  if ((stage.note === undefined) !== (stage.noteEn === undefined)) findings.push([['noteEn'], 'give note and noteEn together']);
  if ((stage.source === undefined) !== (stage.verified === undefined)) findings.push([['verified'], 'give source and verified together']);
  return findings;
}

/** The stage ids from the first along `next` to the closed stage, or why they do not get there. */
function followChain(stages: readonly StageDefinition[], index: ReadonlyMap<string, number>): string[] | string {
  const chain: string[] = [];
  for (let stage: StageDefinition | undefined = stages[0]; stage; stage = stage.next === undefined ? undefined : stages[index.get(stage.next)!]) {
    if (chain.includes(stage.id)) return `next leads in a circle: ${[...chain, stage.id].join(' → ')}`;
    chain.push(stage.id);
  }
  return chain;
}

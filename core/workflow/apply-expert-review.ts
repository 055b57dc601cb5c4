/**
 * 专家评审 — the handler assigns the panel; each expert first declares conflicts of interest (a conflicted expert is
 * recused and the handler must replace them), then scores the unified rubric. When every seat has scored, the
 * panel's weighted total is recorded and the case moves on.
 */
import type { ActionPayload } from './action-payloads.schema';
import type { ExpertSeat } from './case-state';
import { advance } from './enter-stage';
import { checkScores, panelTotal, weightedTotal } from './expert-scores';
import { refusal, type Refusal } from './refusals';
import { assignmentOf, currentStage, notify, type Step } from './step';

function newSeat(userId: string, at: string): ExpertSeat {
  return { userId, assignedAt: at, status: 'assigned', conflictStatement: null, replacedBy: null, scores: null, total: null, comment: null };
}

function invalidExperts(step: Step, action: 'assign-experts' | 'replace-expert', reason: string, reasonEn: string): Refusal {
  return refusal('WORKFLOW_EXPERT_INVALID', { action, stage: currentStage(step) }, { reason, reasonEn });
}

export function applyAssignExperts(step: Step, payload: ActionPayload<'assign-experts'>): Refusal | undefined {
  const panel = step.state.experts!;
  const unique = new Set(payload.userIds);
  if (unique.size !== payload.userIds.length) return invalidExperts(step, 'assign-experts', '专家名单有重复', 'An expert is listed twice');
  if (unique.has(step.actor.userId)) return invalidExperts(step, 'assign-experts', '不能指定自己为评审专家', 'You cannot assign yourself');
  if (unique.size !== panel.required) {
    return invalidExperts(step, 'assign-experts', `须抽取 ${panel.required} 名专家`, `Assign exactly ${panel.required} experts`);
  }
  panel.seats = payload.userIds.map((id) => newSeat(id, step.now));
  notify(step, 'experts-assigned', { users: payload.userIds });
}

export function applyDeclareInterest(step: Step, payload: ActionPayload<'declare-interest'>): void {
  const seat = step.state.experts!.seats.find((s) => s.userId === step.actor.userId)!;
  seat.status = payload.hasConflict ? 'recused' : 'declared';
  seat.conflictStatement = payload.statement ?? null;
  if (payload.hasConflict) notify(step, 'expert-recused', { units: assignmentOf(step.state, step.state.stageId).units });
}

export function applyReplaceExpert(step: Step, payload: ActionPayload<'replace-expert'>): Refusal | undefined {
  const panel = step.state.experts!;
  const recused = panel.seats.find((s) => s.userId === payload.recusedUserId);
  if (!recused || recused.status !== 'recused' || recused.replacedBy !== null) {
    return invalidExperts(step, 'replace-expert', `${payload.recusedUserId} 不是待更换的回避专家`, `${payload.recusedUserId} is not a recused expert awaiting replacement`);
  }
  if (panel.seats.some((s) => s.userId === payload.replacementUserId) || payload.replacementUserId === step.actor.userId) {
    return invalidExperts(step, 'replace-expert', `${payload.replacementUserId} 已在本案专家名单中或为经办人`, `${payload.replacementUserId} is already on the panel or is you`);
  }
  recused.replacedBy = payload.replacementUserId;
  panel.seats.push(newSeat(payload.replacementUserId, step.now));
  notify(step, 'experts-assigned', { users: [payload.replacementUserId] });
}

export function applyScore(step: Step, payload: ActionPayload<'score'>): Refusal | undefined {
  const { state } = step;
  const rubric = state.rubric!;
  const problems = checkScores(rubric, payload.scores);
  if (problems.length > 0) return refusal('WORKFLOW_PAYLOAD_INVALID', { action: 'score', stage: currentStage(step) }, { issues: problems });
  const panel = state.experts!;
  const seat = panel.seats.find((s) => s.userId === step.actor.userId)!;
  seat.status = 'scored';
  seat.scores = payload.scores;
  seat.total = weightedTotal(rubric, payload.scores);
  seat.comment = payload.comment ?? null;
  panel.total = panelTotal(panel);
  if (panel.total !== null) advance(step);
}

/**
 * 办理进度 — a case's progress as steps: submitted, each stage on its path (a return cuts the path back, so the
 * steps show the way the case actually goes now), and the end. The current stage is in progress, waits for the
 * applicant while a correction is open, and is marked as an error once the case ended badly.
 */
import type { CaseState } from '../../../../core/workflow';

export interface StepView {
  key: string;
  /** A stage id, or the two ends: 'submitted' and 'closed'. */
  stageId: string;
  status: 'finish' | 'process' | 'wait' | 'error';
  /** Waiting for the applicant's correction. */
  isPaused: boolean;
}

export const SUBMITTED_STEP = 'submitted';
export const CLOSED_STEP = 'closed';

export function buildSteps(state: Pick<CaseState, 'path' | 'stageId' | 'status' | 'outcome' | 'correction'>): StepView[] {
  const isClosed = state.status === 'closed';
  const isFailed = isClosed && state.outcome !== 'completed';
  const stages = state.path.filter((id) => id !== 'draft');
  const steps: StepView[] = [{ key: SUBMITTED_STEP, stageId: SUBMITTED_STEP, status: 'finish', isPaused: false }];
  stages.forEach((stageId, index) => {
    const isCurrent = index === stages.length - 1 && stageId === state.stageId;
    const status = !isCurrent || (isClosed && !isFailed) ? 'finish' : isFailed ? 'error' : 'process';
    steps.push({ key: `${index}:${stageId}`, stageId, status, isPaused: isCurrent && !isClosed && state.correction?.status === 'open' });
  });
  // A closed stage on the path already says 办结; otherwise the end is still ahead.
  if (!stages.includes(CLOSED_STEP) && !isFailed) steps.push({ key: CLOSED_STEP, stageId: CLOSED_STEP, status: isClosed ? 'finish' : 'wait', isPaused: false });
  return steps;
}

import { describe, expect, it } from 'vitest';
import type { CaseState } from '../../../../core/workflow';
import { buildSteps } from './steps-view';

type StepState = Pick<CaseState, 'path' | 'stageId' | 'status' | 'outcome' | 'correction'>;
const open = (path: string[], overrides: Partial<StepState> = {}): StepState => ({
  path,
  stageId: path.at(-1)!,
  status: 'open',
  outcome: null,
  correction: null,
  ...overrides,
});
const correction = { status: 'open' } as CaseState['correction'];

describe('buildSteps', () => {
  it.each<[string, StepState, string[]]>([
    ['at intake', open(['intake']), ['submitted:finish', 'intake:process', 'closed:wait']],
    ['in review after intake', open(['intake', 'body-review']), ['submitted:finish', 'intake:finish', 'body-review:process', 'closed:wait']],
    ['waiting for a correction', open(['intake'], { correction }), ['submitted:finish', 'intake:process:paused', 'closed:wait']],
    ['after a return, the path cut back', open(['intake']), ['submitted:finish', 'intake:process', 'closed:wait']],
    ['refused at intake', open(['intake'], { status: 'closed', outcome: 'refused' }), ['submitted:finish', 'intake:error']],
    ['completed through a closed stage', open(['intake', 'decision', 'closed'], { status: 'closed', outcome: 'completed' }), ['submitted:finish', 'intake:finish', 'decision:finish', 'closed:finish']],
    ['a draft stage is not a step', open(['draft', 'intake']), ['submitted:finish', 'intake:process', 'closed:wait']],
  ])('%s', (_name, state, expected) => {
    expect(buildSteps(state).map((s) => [s.stageId, s.status, ...(s.isPaused ? ['paused'] : [])].join(':'))).toEqual(expected);
  });
});

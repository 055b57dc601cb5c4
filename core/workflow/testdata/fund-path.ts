/** Test helper: a special-fund case of a 金桥 applicant, driven along its happy path up to a stage. */
import { applicant, expert, officer } from './actors';
import { CaseDriver, RUBRIC } from './drive';
import { IN_JINQIAO, loadWorkflow, routeFor } from './zone-workflows';

export const fund = loadWorkflow('special-fund.yaml');
export const jinqiao = officer('jinqiao');
export const science = officer('district-science-economy');
export const finance = officer('district-finance');

const STEPS: ReadonlyArray<(c: CaseDriver) => void> = [
  (c) => c.do(applicant, { action: 'submit' }),
  (c) => c.do(jinqiao, { action: 'accept' }),
  (c) => c.do(jinqiao, { action: 'sign', opinion: 'agree' }),
  (c) => {
    c.do(jinqiao, { action: 'assign-experts', userIds: ['expert1', 'expert2'] });
    for (const id of ['expert1', 'expert2']) c.do(expert(id), { action: 'declare-interest', hasConflict: false });
    for (const id of ['expert1', 'expert2']) c.do(expert(id), { action: 'score', scores: { innovation: 4, benefit: 4 } });
  },
  (c) => c.at('2026-03-16').do(jinqiao, { action: 'conclude-notice' }),
  (c) => c.do(science, { action: 'sign', opinion: 'agree' }).do(finance, { action: 'sign', opinion: 'agree' }).do(finance, { action: 'approve', amount: 500000 }),
  (c) => c.do(finance, { action: 'disburse', amount: 500000, voucher: 'PZ-1' }).do(finance, { action: 'close' }),
];

/** A case submitted on 2026-03-02 and driven until it enters `stageId`. */
export function fundCaseAt(stageId: string): CaseDriver {
  const c = new CaseDriver(fund, { route: routeFor('special-fund', IN_JINQIAO), rubric: RUBRIC });
  for (const step of STEPS) {
    if (c.state.stageId === stageId) return c;
    step(c);
  }
  if (c.state.stageId !== stageId) throw new Error(`the happy path never enters ${stageId}`);
  return c;
}

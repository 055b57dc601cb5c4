/** 环节名称 — the name of each step role in both languages, for answers and the UI. */
import type { StepRole } from '../zone/routing.schema';

export const STEP_ROLE_NAMES: Readonly<Record<StepRole, { zh: string; en: string }>> = {
  intake: { zh: '受理', en: 'Intake' },
  review: { zh: '审核', en: 'Review' },
  report: { zh: '报送', en: 'Report' },
  decide: { zh: '决定', en: 'Decision' },
  approve: { zh: '审批', en: 'Approval' },
};

/**
 * 草案校验 — a draft applied onto its policy in the catalogue in force: the revised policy, or why not. A draft that
 * starts on or before the latest version's start is refused first and on its own (publishing it would rewrite
 * history); unknown or shared parameters and values of the wrong type are refused together, each named.
 */
import { AppError } from '../../../core/errors';
import { applyPolicyRevision, type Policy, type PolicyVersion } from '../../../core/rules';
import type { DraftInput } from './drafts.repository';
import type { CatalogueInForce } from './load-catalogue-in-force';

export interface RevisedPolicy {
  current: Policy;
  revised: Policy;
  version: PolicyVersion;
}

export function reviseWithDraft(catalogue: CatalogueInForce, policyId: string, input: DraftInput): RevisedPolicy {
  const current = catalogue.byId.get(policyId);
  if (!current) throw new AppError('POLICY_NOT_FOUND', { policyId });
  const latest = current.versions[current.versions.length - 1]!;
  // Both are checked 'YYYY-MM-DD' dates, which compare as text.
  if (input.validFrom <= latest.validFrom) {
    throw new AppError('POLICY_DRAFT_TOO_EARLY', { validFrom: input.validFrom, currentFrom: latest.validFrom, version: latest.version });
  }
  const note = input.note ? { zh: input.note, en: input.note } : undefined;
  const result = applyPolicyRevision(current, { validFrom: input.validFrom, parameters: input.parameters, ...(note ? { note } : {}) });
  if (!result.ok) {
    throw new AppError('POLICY_DRAFT_INVALID', { issues: result.issues.map((i) => `${i.path}: ${i.reason}`), fields: result.issues });
  }
  return { current, revised: result.policy, version: result.version };
}

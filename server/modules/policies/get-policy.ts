/** 查找政策 — a policy of the catalogue in force and its version on a day, or the error that says why not. */
import { AppError } from '../../../core/errors';
import type { Policy, PolicyVersion } from '../../../core/rules';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { getVersionInForce } from './present-policy';

export function getPolicy(catalogue: CatalogueInForce, policyId: string, asOf: string): { policy: Policy; version: PolicyVersion } {
  const policy = catalogue.byId.get(policyId);
  if (!policy) throw new AppError('POLICY_NOT_FOUND', { policyId });
  return { policy, version: getVersionInForce(policy, asOf) };
}

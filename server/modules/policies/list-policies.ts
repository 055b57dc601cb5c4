/** 政策目录 — the policies in force on a day (of one kind, if asked), as summaries. */
import { findPolicyVersion, type PolicyKind } from '../../../core/rules';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { presentPolicySummary, type PolicySummary } from './present-policy';

export function listPolicies(catalogue: CatalogueInForce, query: { kind?: PolicyKind; asOf: string }): { items: PolicySummary[] } {
  const items = catalogue.catalog.policies.flatMap((policy) => {
    const version = findPolicyVersion(policy, query.asOf);
    // A policy not (yet, or no longer) in force on that day is not in that day's catalogue.
    if (!version || (query.kind && policy.kind !== query.kind)) return [];
    return [presentPolicySummary(policy, version)];
  });
  return { items };
}

/**
 * 可能符合的政策 — for the enterprise the caller acts for: every policy in force today evaluated against its registry
 * record (found through the unit's credit code), keeping those it qualifies or may qualify for, with the reasons in
 * plain language. A caller acting for no enterprise, or one the registry does not list, gets none.
 */
import type pg from 'pg';
import { evaluatePolicy, explainInPlainLanguage, findPolicyVersion, type RuleLocale } from '../../../core/rules';
import type { AuthContext } from '../../platform/auth';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { registryFacts } from './registry-facts';
import { findEnterpriseOfUnit } from './registry-rows.repository';

export async function listPoliciesForMe(pool: pg.Pool, zoneId: string, catalogue: CatalogueInForce, auth: AuthContext, asOf: string, locale: RuleLocale) {
  const enterprise = auth.actingUnitId ? await findEnterpriseOfUnit(pool, zoneId, auth.actingUnitId) : undefined;
  if (!enterprise) return { enterprise: null, items: [] };
  const facts = registryFacts(enterprise);
  const items = catalogue.catalog.policies.flatMap((policy) => {
    if (!findPolicyVersion(policy, asOf)) return [];
    const evaluation = evaluatePolicy(policy, facts, asOf);
    if (evaluation.result === 'ineligible') return [];
    return [
      {
        policyId: policy.id,
        name: policy.name,
        kind: policy.kind,
        result: evaluation.result,
        amount: evaluation.amount,
        missing: [...evaluation.missing],
        reasons: explainInPlainLanguage(evaluation.trace, locale),
      },
    ];
  });
  items.sort((a, b) => (a.result === b.result ? 0 : a.result === 'eligible' ? -1 : 1));
  return { enterprise: { id: enterprise.id, name: enterprise.name }, items };
}

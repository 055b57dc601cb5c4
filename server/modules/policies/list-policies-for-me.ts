/**
 * 可能符合的政策 — for the enterprise the caller acts for: every policy in force today evaluated against its registry
 * record (found through the unit's credit code), keeping those it qualifies or may qualify for — eligible, likely
 * (only what the application declares is missing), then undetermined — with the reasons in plain language. A caller
 * acting for no enterprise, or one the registry does not list, gets none.
 */
import type pg from 'pg';
import { classifyMatch, evaluatePolicy, explainInPlainLanguage, explainLikely, findPolicyVersion, MATCH_RESULTS, type RuleLocale } from '../../../core/rules';
import type { AuthContext } from '../../platform/auth';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { isRegistryFact, registryFacts } from './registry-facts';
import { findEnterpriseOfUnit } from './registry-rows.repository';
import { missingLabels } from './result-labels';

export async function listPoliciesForMe(pool: pg.Pool, zoneId: string, catalogue: CatalogueInForce, auth: AuthContext, asOf: string, locale: RuleLocale) {
  const enterprise = auth.actingUnitId ? await findEnterpriseOfUnit(pool, zoneId, auth.actingUnitId) : undefined;
  if (!enterprise) return { enterprise: null, items: [] };
  const facts = registryFacts(enterprise);
  const items = catalogue.catalog.policies.flatMap((policy) => {
    if (!findPolicyVersion(policy, asOf)) return [];
    const evaluation = evaluatePolicy(policy, facts, asOf);
    const result = classifyMatch(evaluation.result, evaluation.missing, isRegistryFact);
    if (result === 'ineligible') return [];
    return [
      {
        policyId: policy.id,
        name: policy.name,
        kind: policy.kind,
        result,
        amount: evaluation.amount,
        missing: [...evaluation.missing],
        reasons:
          result === 'likely'
            ? explainLikely(evaluation.trace, missingLabels(policy, evaluation.missing, locale), locale)
            : explainInPlainLanguage(evaluation.trace, locale),
      },
    ];
  });
  // Stable: the catalogue's order within each result, the best results first.
  items.sort((a, b) => MATCH_RESULTS.indexOf(b.result) - MATCH_RESULTS.indexOf(a.result));
  return { enterprise: { id: enterprise.id, name: enterprise.name }, items };
}

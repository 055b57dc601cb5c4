/**
 * 重复资助检查 — the same item (a tape-out lot, an equipment contract, a project) must not be funded twice. Given
 * results (of one enterprise, or of many with their ids), lists every item claimed by more than one eligible
 * result, with the policies that claim it.
 */
import type { PolicyEvaluation } from './evaluate-policy';

export interface DoubleFunding {
  enterpriseId?: string;
  item: string;
  policyIds: string[];
}

export function detectDoubleFunding(results: readonly (Pick<PolicyEvaluation, 'policyId' | 'result' | 'items'> & { enterpriseId?: string })[]): DoubleFunding[] {
  const claims = new Map<string, { enterpriseId?: string; item: string; policyIds: string[] }>();
  for (const result of results) {
    if (result.result !== 'eligible') continue;
    for (const item of new Set(result.items)) {
      const key = `${result.enterpriseId ?? ''}\u0000${item}`;
      const claim = claims.get(key) ?? { ...(result.enterpriseId !== undefined ? { enterpriseId: result.enterpriseId } : {}), item, policyIds: [] };
      claim.policyIds.push(result.policyId);
      claims.set(key, claim);
    }
  }
  return [...claims.values()].filter((claim) => claim.policyIds.length > 1);
}

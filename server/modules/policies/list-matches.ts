/** 匹配名单 — one page of a policy's matching list within the caller's scope, with the reasons of that page. */
import type pg from 'pg';
import type { RuleLocale } from '../../../core/rules';
import type { AuthContext } from '../../platform/auth';
import { matchEnterprises, presentMatch, type MatchQuery } from './match-enterprises';
import { PoliciesPermission } from './policies.permissions';
import { getPolicy } from './get-policy';
import type { CatalogueInForce } from './load-catalogue-in-force';
import type { RegistrySnapshot } from './registry-snapshot';

export interface ListMatchesQuery extends MatchQuery {
  page: number;
  pageSize: number;
}

export async function listMatches(
  pool: pg.Pool,
  zoneId: string,
  snapshot: RegistrySnapshot,
  catalogue: CatalogueInForce,
  auth: AuthContext,
  policyId: string,
  query: ListMatchesQuery,
  locale: RuleLocale,
) {
  const { policy } = getPolicy(catalogue, policyId, query.asOf);
  const { matches, summary } = await matchEnterprises(pool, zoneId, snapshot, catalogue, policy, auth.filterFor(PoliciesPermission.Match), query);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matches.slice(start, start + query.pageSize).map((match) => presentMatch(match, policy, query.asOf, locale)),
    total: matches.length,
    summary: { eligible: summary.eligible, likely: summary.likely, undetermined: summary.undetermined, ineligible: summary.ineligible, amount: summary.amountFen / 100 },
  };
}

/**
 * 政策找企业 — one policy over the registry records the caller's data scope reaches (their ids come from SQL), with
 * the filters asked for: the counts and the eligible total over all of them, and the records whose result was asked
 * for, eligible first and the largest amounts first. Results come from the registry snapshot (evaluated without
 * trace once per policy and day); reasons are worked out only for the records shown (presentMatch).
 */
import type pg from 'pg';
import type { ScopeFilter } from '../../../core/access/data-scope';
import { evaluatePolicy, explainInPlainLanguage, explainLikely, type MatchResult, type Policy, type RuleLocale } from '../../../core/rules';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { listEnterpriseIds } from './registry-rows.repository';
import { missingLabels } from './result-labels';
import { resultsFor, type RegistrySnapshot, type SnapshotEntry } from './registry-snapshot';

export type MatchResultFilter = 'eligible' | 'likely' | 'undetermined' | 'all';

export interface MatchQuery {
  result: MatchResultFilter;
  townCode?: string;
  bodyId?: string;
  asOf: string;
}

/** 匹配结果 — one record and how it fares. */
export interface Match {
  entry: SnapshotEntry;
  result: MatchResult;
  amountFen: number | null;
  missing: readonly string[];
}

export interface MatchRun {
  matches: Match[];
  summary: { eligible: number; likely: number; undetermined: number; ineligible: number; amountFen: number };
}

export async function matchEnterprises(
  pool: pg.Pool,
  zoneId: string,
  snapshot: RegistrySnapshot,
  catalogue: CatalogueInForce,
  policy: Policy,
  scope: ScopeFilter,
  query: MatchQuery,
): Promise<MatchRun> {
  const ids = await listEnterpriseIds(pool, zoneId, { scope, townCode: query.townCode, bodyId: query.bodyId });
  const results = resultsFor(snapshot, catalogue.key, policy, query.asOf);
  // Positions in the snapshot, which is in registry (id) order; a record added since it was taken appears once it
  // is rebuilt (within seconds).
  const positions = new Int32Array(ids.length);
  let count = 0;
  for (const id of ids) {
    const i = snapshot.indexOf.get(id);
    if (i !== undefined) positions[count++] = i;
  }
  const summary = { eligible: 0, likely: 0, undetermined: 0, ineligible: 0, amountFen: 0 };
  const groups: Record<MatchResult, Match[]> = { eligible: [], likely: [], undetermined: [], ineligible: [] };
  for (const i of positions.subarray(0, count).sort()) {
    const result = results.result[i]!;
    const amountFen = Number.isNaN(results.amountFen[i]) ? null : results.amountFen[i]!;
    summary[result]++;
    summary.amountFen += amountFen ?? 0;
    if (query.result === 'all' || query.result === result) groups[result].push({ entry: snapshot.entries[i]!, result, amountFen, missing: results.missing[i]! });
  }
  // Stable: equal amounts stay in registry order.
  groups.eligible.sort((a, b) => (b.amountFen ?? 0) - (a.amountFen ?? 0));
  return { matches: [...groups.eligible, ...groups.likely, ...groups.undetermined, ...groups.ineligible], summary };
}

/** A match as the list shows it, with the reasons in plain language (a traced evaluation of this one record). */
export function presentMatch(match: Match, policy: Policy, asOf: string, locale: RuleLocale) {
  const { row, facts } = match.entry;
  const traced = evaluatePolicy(policy, facts, asOf);
  return {
    enterpriseId: row.id,
    name: row.name,
    creditCode: row.creditCode,
    townCode: row.townCode,
    townName: locale === 'en' ? (row.townNameEn ?? row.townName) : row.townName,
    bodyId: row.bodyId,
    bodyName: locale === 'en' ? (row.bodyNameEn ?? row.bodyName) : row.bodyName,
    result: match.result,
    amount: match.amountFen === null ? null : match.amountFen / 100,
    missing: [...match.missing],
    reasons: match.result === 'likely' ? explainLikely(traced.trace, missingLabels(policy, match.missing, locale), locale) : explainInPlainLanguage(traced.trace, locale),
  };
}

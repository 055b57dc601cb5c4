/**
 * 企业清单快照 — the zone's active registry records with their facts, held in memory on this node and rebuilt when any
 * record changes, so that matching and simulation evaluate without reading 30,000 rows per request; and, per
 * (catalogue, policy, day), the results of every record, computed once. Lists stay bounded by the caller's scope:
 * which records a caller sees still comes from SQL (listEnterpriseIds); the snapshot only saves re-reading and
 * re-evaluating them.
 */
import type pg from 'pg';
import { classifyMatch, evaluatePolicy, type MatchResult, type Policy } from '../../../core/rules';
import { createRefreshingCache, type RefreshingCache } from '../../platform/refreshing-cache';
import { isRegistryFact, registryFacts } from './registry-facts';
import { readRegistryStamp, streamEnterprises, type EnterpriseRow } from './registry-rows.repository';

/** A record and its facts. */
export interface SnapshotEntry {
  row: EnterpriseRow;
  facts: Record<string, unknown>;
}

/** Every record's result for one policy on one day (likely told apart: classifyMatch), by the record's position in the snapshot. */
export interface PolicyResults {
  result: MatchResult[];
  /** NaN for no amount. */
  amountFen: Float64Array;
  missing: (readonly string[])[];
}

export interface RegistrySnapshot {
  entries: SnapshotEntry[];
  indexOf: ReadonlyMap<string, number>;
  /** Results by `${catalogue key}|${policy id}|${day}`, the most recently used last. */
  results: Map<string, PolicyResults>;
}

export type RegistrySnapshotState = RefreshingCache<RegistrySnapshot>;

/** Result sets kept per snapshot (each is a few hundred kB for 30,000 records). */
const MAX_RESULT_SETS = 48;

export function createRegistrySnapshotState(pool: pg.Pool, zoneId: string): RegistrySnapshotState {
  return createRefreshingCache({
    readKey: () => readRegistryStamp(pool, zoneId),
    build: async () => {
      const entries: SnapshotEntry[] = [];
      for await (const rows of streamEnterprises(pool, zoneId)) for (const row of rows) entries.push({ row, facts: registryFacts(row) });
      return { entries, indexOf: new Map(entries.map((entry, i) => [entry.row.id, i])), results: new Map() };
    },
  });
}

/** Evaluates without trace, once per (catalogue, policy, day) and snapshot. */
export function resultsFor(snapshot: RegistrySnapshot, catalogueKey: string, policy: Policy, asOf: string): PolicyResults {
  const key = `${catalogueKey}|${policy.id}|${asOf}`;
  const cached = snapshot.results.get(key);
  if (cached) {
    snapshot.results.delete(key);
    snapshot.results.set(key, cached);
    return cached;
  }
  const count = snapshot.entries.length;
  const results: PolicyResults = { result: new Array<MatchResult>(count), amountFen: new Float64Array(count), missing: new Array(count) };
  for (let i = 0; i < count; i++) {
    const evaluation = evaluatePolicy(policy, snapshot.entries[i]!.facts, asOf, { trace: false });
    results.result[i] = classifyMatch(evaluation.result, evaluation.missing, isRegistryFact);
    results.amountFen[i] = evaluation.amountFen ?? NaN;
    results.missing[i] = evaluation.missing;
  }
  snapshot.results.set(key, results);
  if (snapshot.results.size > MAX_RESULT_SETS) snapshot.results.delete(snapshot.results.keys().next().value!);
  return results;
}

/**
 * 模拟测算 — a draft against the version in force over the whole registry, on the day the draft would start. The
 * whole zone, not the caller's data scope: simulation is the policy-maker's tool for deciding a change that applies
 * everywhere, and it reports totals and groups, not case files. Every record is evaluated twice without trace; the
 * records whose result or amount changes are kept, the largest changes first. The records come from the registry
 * snapshot (the version in force's results too, when already worked out).
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { classifyMatch, createSimulationTally, evaluatePolicy, type ChangeKind, type MatchResult, type Policy, type SimulationTotals, type Text } from '../../../core/rules';
import { findDraftRow } from './drafts.repository';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { isRegistryFact } from './registry-facts';
import { resultsFor, type RegistrySnapshot } from './registry-snapshot';
import { reviseWithDraft } from './revise-with-draft';

export type SimulationDimension = 'town' | 'body' | 'industry';

/** 变化企业 — one record whose result or amount the draft changes. */
export interface SimulationChange {
  enterpriseId: string;
  name: string;
  townName: Text | null;
  from: MatchResult;
  to: MatchResult;
  amountFromFen: number | null;
  amountToFen: number | null;
  kind: ChangeKind;
}

export interface SimulationRun {
  policy: Policy;
  asOf: string;
  totals: SimulationTotals<SimulationDimension>;
  changes: SimulationChange[];
  /** Names of the towns and bodies met, by code and id. */
  names: Record<'town' | 'body', Map<string, Text>>;
}

const DIMENSIONS: readonly SimulationDimension[] = ['town', 'body', 'industry'];

export async function runSimulation(
  pool: pg.Pool,
  zoneId: string,
  snapshot: RegistrySnapshot,
  catalogue: CatalogueInForce,
  policyId: string,
  draftId: string,
): Promise<SimulationRun> {
  const draft = await findDraftRow(pool, zoneId, policyId, draftId);
  if (!draft) throw new AppError('POLICY_DRAFT_NOT_FOUND', { policyId, draftId });
  if (draft.status === 'published') throw new AppError('POLICY_DRAFT_PUBLISHED', { draftId, version: draft.publishedVersion });
  const { current, revised } = reviseWithDraft(catalogue, policyId, draft);
  const asOf = draft.validFrom;
  const tally = createSimulationTally(DIMENSIONS);
  const changes: SimulationChange[] = [];
  const names = { town: new Map<string, Text>(), body: new Map<string, Text>() };
  const inForce = resultsFor(snapshot, catalogue.key, current, asOf);
  snapshot.entries.forEach(({ row, facts }, i) => {
    const amountFen = inForce.amountFen[i]!;
    const before = { result: inForce.result[i]!, amountFen: Number.isNaN(amountFen) ? null : amountFen };
    const evaluated = evaluatePolicy(revised, facts, asOf, { trace: false });
    const after = { result: classifyMatch(evaluated.result, evaluated.missing, isRegistryFact), amountFen: evaluated.amountFen };
    const townName = row.townName ? { zh: row.townName, en: row.townNameEn ?? row.townName } : null;
    if (row.townCode && townName) names.town.set(row.townCode, townName);
    if (row.bodyId && row.bodyName) names.body.set(row.bodyId, { zh: row.bodyName, en: row.bodyNameEn ?? row.bodyName });
    const keys = { town: row.townCode, body: row.bodyId, industry: (facts['industry.leading'] as string | undefined) ?? null };
    const kind = tally.add(keys, before, after);
    if (kind === 'same') return;
    changes.push({ enterpriseId: row.id, name: row.name, townName, from: before.result, to: after.result, amountFromFen: before.amountFen, amountToFen: after.amountFen, kind });
  });
  const weight = (c: SimulationChange) => (c.kind === 'amount' ? 0 : 1);
  const delta = (c: SimulationChange) => Math.abs((c.amountToFen ?? 0) - (c.amountFromFen ?? 0));
  changes.sort((a, b) => weight(b) - weight(a) || delta(b) - delta(a));
  return { policy: revised, asOf, totals: tally.totals(), changes, names };
}

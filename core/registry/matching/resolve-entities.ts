/**
 * 实体解析 — one enterprise per firm from records of several sources. Step 1: records with the same valid credit
 * code are one firm. Step 2: the others are blocked and compared with the Fellegi–Sunter model; pairs are merged in
 * order of falling weight under the credit-code constraint, pairs between the thresholds go to the review queue,
 * and two registered firms spelt the same are sent there too. Reviewers' decisions come first and bind every step:
 * "same firm" pairs are joined before anything else, "different firms" pairs are never joined and never asked about
 * again. Deterministic for the same input, decisions and model.
 */
import { buildCandidatePairs, type BlockingOptions, type BlockingPassStats } from './build-candidate-pairs';
import { chooseCodeOwners } from './choose-code-owners';
import { compareRecords } from './compare-records';
import { ConstrainedUnionFind } from './constrained-union-find';
import { explainMatch, isMergeHeldBack, sumWeights, type MatchExplanation } from './explain-match';
import { computeWeightTable, DEFAULT_MATCH_MODEL, type MatchModel } from './match-model';
import type { PreparedRecord } from './registry-record';

/** Options of entity resolution. */
export interface ResolutionOptions {
  readonly model?: MatchModel;
  readonly blocking?: BlockingOptions;
  /** Attach a waterfall to every probabilistic merge (default true; the bench turns it off to time matching alone). */
  readonly explainMerges?: boolean;
  readonly decisions?: MatchDecisions;
  /**
   * Trust of a source (lower is more trusted): decides which cluster keeps a credit code that a decision left in two
   * (see chooseCodeOwners). All sources rank alike when omitted.
   */
  readonly sourceRank?: (source: string) => number;
}

/** 人工判定 — reviewers' decisions as pairs of record indices: must-links and cannot-links. */
export interface MatchDecisions {
  readonly same?: ReadonlyArray<readonly [number, number]>;
  readonly different?: ReadonlyArray<readonly [number, number]>;
}

/** 归并依据 — how a record came to be in its cluster. */
export type ClusterLink =
  | { readonly kind: 'credit-code'; readonly leftId: string; readonly rightId: string; readonly code: string }
  | { readonly kind: 'match'; readonly leftId: string; readonly rightId: string; readonly weight: number; readonly explanation: MatchExplanation | null }
  | { readonly kind: 'decision'; readonly leftId: string; readonly rightId: string };

/** 企业簇 — the records resolved to one enterprise. */
export interface ResolvedCluster {
  /**
   * The valid credit code when the cluster has one, else `record:` and its first record's id. Where reviewers'
   * decisions left a code in two clusters or two codes in one, chooseCodeOwners decides.
   */
  readonly id: string;
  readonly creditCode: string | null;
  /** Indices into the input records, ascending. */
  readonly members: readonly number[];
  readonly links: readonly ClusterLink[];
}

/** 待复核 — a pair of clusters a person must decide on, with the waterfall of their strongest pair of records. */
export interface ReviewItem {
  readonly leftClusterId: string;
  readonly rightClusterId: string;
  readonly reason: 'between-thresholds' | 'name-disagreement' | 'credit-code-conflict';
  readonly explanation: MatchExplanation;
}

/** 解析统计. */
export interface ResolutionStats {
  readonly records: number;
  readonly recordsWithValidCode: number;
  readonly codeGroups: number;
  readonly candidatePairs: number;
  readonly blocking: readonly BlockingPassStats[];
  readonly probabilisticMerges: number;
  /** Merges above the threshold refused because both clusters already had different valid codes. */
  readonly refusedByCreditCode: number;
  /** Reviewers' "same firm" decisions applied, and unions (of any step) refused by a "different firms" decision. */
  readonly mustLinks: number;
  readonly refusedByDecision: number;
  readonly reviewItems: number;
  readonly clusters: number;
}

/** 解析结果. */
export interface ResolutionResult {
  readonly clusters: readonly ResolvedCluster[];
  /** For each input record, the index of its cluster in `clusters`. */
  readonly clusterOfRecord: Int32Array;
  readonly reviews: readonly ReviewItem[];
  readonly stats: ResolutionStats;
}

export function resolveEntities(records: readonly PreparedRecord[], options: ResolutionOptions = {}): ResolutionResult {
  const model = options.model ?? DEFAULT_MATCH_MODEL;
  const explainMerges = options.explainMerges ?? true;
  const table = computeWeightTable(model);
  const n = records.length;
  const uf = new ConstrainedUnionFind(records.map((r) => r.validCode));
  const codeLinks: Array<{ i: number; j: number }> = [];
  let refusedByDecision = 0;

  // Step 0: reviewers' decisions.
  for (const [i, j] of options.decisions?.different ?? []) uf.forbid(i, j);
  const decisionLinks: Array<{ i: number; j: number }> = [];
  for (const [i, j] of options.decisions?.same ?? []) {
    const outcome = uf.union(i, j, true);
    if (outcome === 'joined') decisionLinks.push({ i, j });
    else if (outcome === 'forbidden') refusedByDecision += 1;
  }

  // Step 1: one firm per valid credit code.
  const firstWithCode = new Map<string, number>();
  for (const record of records) {
    if (record.validCode === null) continue;
    const first = firstWithCode.get(record.validCode);
    if (first === undefined) firstWithCode.set(record.validCode, record.index);
    else {
      const outcome = uf.union(first, record.index);
      if (outcome === 'joined') codeLinks.push({ i: first, j: record.index });
      else if (outcome === 'forbidden') refusedByDecision += 1;
    }
  }

  // Step 2: blocked comparisons, strongest first.
  const candidates = buildCandidatePairs(records, options.blocking);
  const kept: Array<{ i: number; j: number; total: number; heldBack: boolean }> = [];
  for (let p = 0; p < candidates.count; p += 1) {
    const i = candidates.left[p]!;
    const j = candidates.right[p]!;
    const vector = compareRecords(records[i]!, records[j]!, model.similarity);
    const total = sumWeights(vector, table);
    if (total >= model.thresholds.review) kept.push({ i, j, total, heldBack: isMergeHeldBack(vector, model) });
  }
  kept.sort((x, y) => y.total - x.total || x.i - y.i || x.j - y.j);

  const matchLinks: Array<{ i: number; j: number; total: number }> = [];
  const pendingReviews: Array<{ i: number; j: number; total: number; reason: ReviewItem['reason'] }> = [];
  let refused = 0;
  for (const pair of kept) {
    if (pair.total < model.thresholds.merge || pair.heldBack) {
      const reason = pair.total >= model.thresholds.merge ? 'name-disagreement' : 'between-thresholds';
      pendingReviews.push({ i: pair.i, j: pair.j, total: pair.total, reason });
      continue;
    }
    const outcome = uf.union(pair.i, pair.j);
    if (outcome === 'joined') matchLinks.push({ i: pair.i, j: pair.j, total: pair.total });
    else if (outcome === 'forbidden') refusedByDecision += 1;
    else if (outcome === 'conflict') {
      refused += 1;
      if (compareRecords(records[pair.i]!, records[pair.j]!, model.similarity)[1] === 1) {
        pendingReviews.push({ i: pair.i, j: pair.j, total: pair.total, reason: 'credit-code-conflict' });
      }
    }
  }
  addSameNameConflicts(records, pendingReviews);

  // Clusters in order of their first record, so ids and order do not depend on union order.
  const clusterOfRecord = new Int32Array(n).fill(-1);
  const rootToCluster = new Map<number, number>();
  const memberLists: number[][] = [];
  for (let i = 0; i < n; i += 1) {
    const root = uf.find(i);
    let c = rootToCluster.get(root);
    if (c === undefined) {
      c = memberLists.length;
      rootToCluster.set(root, c);
      memberLists.push([]);
    }
    memberLists[c]!.push(i);
    clusterOfRecord[i] = c;
  }
  const linksByCluster = memberLists.map((): ClusterLink[] => []);
  for (const { i, j } of decisionLinks) {
    linksByCluster[clusterOfRecord[i]!]!.push({ kind: 'decision', leftId: records[i]!.id, rightId: records[j]!.id });
  }
  for (const { i, j } of codeLinks) {
    linksByCluster[clusterOfRecord[i]!]!.push({ kind: 'credit-code', leftId: records[i]!.id, rightId: records[j]!.id, code: records[i]!.validCode! });
  }
  for (const { i, j, total } of matchLinks) {
    const explanation = explainMerges ? explainMatch(records[i]!, records[j]!, model, table) : null;
    linksByCluster[clusterOfRecord[i]!]!.push({ kind: 'match', leftId: records[i]!.id, rightId: records[j]!.id, weight: total, explanation });
  }
  const codes = chooseCodeOwners(
    memberLists.map((members) => members.flatMap((i) => (records[i]!.validCode === null ? [] : [{ code: records[i]!.validCode!, source: records[i]!.source, recordId: records[i]!.id }]))),
    options.sourceRank ?? (() => 0),
  );
  const clusters = memberLists.map((members, c): ResolvedCluster => {
    const code = codes[c]!;
    return { id: code ?? `record:${records[members[0]!]!.id}`, creditCode: code, members, links: linksByCluster[c]! };
  });

  const reviews = collectReviews(records, pendingReviews, clusterOfRecord, clusters, model, table, (i, j) => uf.isForbidden(i, j));
  return {
    clusters,
    clusterOfRecord,
    reviews,
    stats: {
      records: n,
      recordsWithValidCode: n - countWithoutCode(records),
      codeGroups: firstWithCode.size,
      candidatePairs: candidates.count,
      blocking: candidates.passes,
      probabilisticMerges: matchLinks.length,
      refusedByCreditCode: refused,
      mustLinks: decisionLinks.length,
      refusedByDecision,
      reviewItems: reviews.length,
      clusters: clusters.length,
    },
  };
}

function countWithoutCode(records: readonly PreparedRecord[]): number {
  let count = 0;
  for (const record of records) if (record.validCode === null) count += 1;
  return count;
}

/** Registered firms (different valid codes) whose names normalise to the same key: a person must look. */
function addSameNameConflicts(
  records: readonly PreparedRecord[],
  pending: Array<{ i: number; j: number; total: number; reason: ReviewItem['reason'] }>,
): void {
  // Most names carry one code: keep the first record per name, and a list only for names with more codes.
  const firstByName = new Map<string, number>();
  const shared = new Map<string, Map<string, number>>();
  for (const record of records) {
    if (record.validCode === null || record.name.core === '') continue;
    const first = firstByName.get(record.name.key);
    if (first === undefined) firstByName.set(record.name.key, record.index);
    else if (records[first]!.validCode !== record.validCode) {
      let codes = shared.get(record.name.key);
      if (codes === undefined) shared.set(record.name.key, (codes = new Map([[records[first]!.validCode!, first]])));
      if (!codes.has(record.validCode)) codes.set(record.validCode, record.index);
    }
  }
  for (const codes of shared.values()) {
    const firsts = [...codes.values()];
    for (let a = 0; a < firsts.length; a += 1) {
      for (let b = a + 1; b < firsts.length; b += 1) pending.push({ i: firsts[a]!, j: firsts[b]!, total: Number.NaN, reason: 'credit-code-conflict' });
    }
  }
}

/** One review item per pair of clusters (the strongest pair of records), none for pairs merged after all. */
function collectReviews(
  records: readonly PreparedRecord[],
  pending: ReadonlyArray<{ i: number; j: number; total: number; reason: ReviewItem['reason'] }>,
  clusterOfRecord: Int32Array,
  clusters: readonly ResolvedCluster[],
  model: MatchModel,
  table: ReturnType<typeof computeWeightTable>,
  isDecidedDifferent: (i: number, j: number) => boolean,
): ReviewItem[] {
  const best = new Map<string, { i: number; j: number; total: number; reason: ReviewItem['reason'] }>();
  for (const pair of pending) {
    const ci = clusterOfRecord[pair.i]!;
    const cj = clusterOfRecord[pair.j]!;
    // Already one firm, or a reviewer has said these two firms differ.
    if (ci === cj || isDecidedDifferent(pair.i, pair.j)) continue;
    const key = ci < cj ? `${ci}|${cj}` : `${cj}|${ci}`;
    const current = best.get(key);
    if (current === undefined || pair.total > current.total) best.set(key, pair);
  }
  const items: ReviewItem[] = [];
  for (const pair of best.values()) {
    const left = clusters[clusterOfRecord[pair.i]!]!;
    const right = clusters[clusterOfRecord[pair.j]!]!;
    const explanation = explainMatch(records[pair.i]!, records[pair.j]!, model, table);
    // Clusters that ended up with different codes are two registered firms: distinct unless spelt the same.
    const conflict = left.creditCode !== null && right.creditCode !== null && left.creditCode !== right.creditCode;
    if (conflict && explanation.steps[1]!.level !== 'exact') continue;
    items.push({
      leftClusterId: left.id,
      rightClusterId: right.id,
      reason: conflict ? 'credit-code-conflict' : pair.reason,
      explanation,
    });
  }
  items.sort((a, b) => b.explanation.total - a.explanation.total || a.leftClusterId.localeCompare(b.leftClusterId));
  return items;
}

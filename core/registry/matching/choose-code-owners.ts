/**
 * 信用代码归属 — which cluster names itself by which valid credit code. Without reviewers' decisions every code
 * sits in one cluster and each cluster has at most one code. A "different firms" decision can leave one code in
 * two clusters, a "same firm" decision can put two codes in one: then a code belongs to the cluster with the most
 * records carrying it, ties going to the cluster whose record of it comes from the most trusted source, then to
 * the smallest record id; and a cluster with several codes keeps the one it holds most (same tie-breaks).
 * Deterministic, so a full resolution and a reviewer's local correction agree on who keeps a code.
 */

/** 代码候选 — one record's valid code in a cluster. */
export interface CodeCandidate {
  readonly code: string;
  readonly source: string;
  readonly recordId: string;
}

interface Claim {
  count: number;
  rank: number;
  minId: string;
}

/** The code of each cluster (or null); codes in `taken` belong to clusters not given here. */
export function chooseCodeOwners(
  clusters: ReadonlyArray<readonly CodeCandidate[]>,
  sourceRank: (source: string) => number,
  taken: ReadonlySet<string> = new Set(),
): (string | null)[] {
  const claims = clusters.map((candidates) => {
    const byCode = new Map<string, Claim>();
    for (const { code, source, recordId } of candidates) {
      if (taken.has(code)) continue;
      const claim = byCode.get(code);
      const rank = sourceRank(source);
      if (claim === undefined) byCode.set(code, { count: 1, rank, minId: recordId });
      else {
        claim.count += 1;
        claim.rank = Math.min(claim.rank, rank);
        if (recordId < claim.minId) claim.minId = recordId;
      }
    }
    return byCode;
  });
  const owner = new Map<string, { cluster: number; claim: Claim }>();
  claims.forEach((byCode, cluster) => {
    for (const [code, claim] of byCode) {
      const current = owner.get(code);
      if (current === undefined || isStronger(claim, current.claim)) owner.set(code, { cluster, claim });
    }
  });
  return claims.map((byCode, cluster) => {
    let best: { code: string; claim: Claim } | null = null;
    for (const [code, claim] of byCode) {
      if (owner.get(code)!.cluster !== cluster) continue;
      if (best === null || isStronger(claim, best.claim)) best = { code, claim };
    }
    return best?.code ?? null;
  });
}

function isStronger(a: Claim, b: Claim): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.minId < b.minId;
}

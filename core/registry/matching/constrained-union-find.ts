/**
 * 并查集（信用代码约束） — clusters of records. Each root remembers the valid credit code of its cluster, if any; a
 * union that would put two different valid codes in one cluster is refused, so no chain of probable matches can
 * join two registered firms.
 */

export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly rank: Uint8Array;
  private readonly codes: (string | null)[];

  /** `codes[i]` is record i's valid credit code or null. */
  constructor(codes: readonly (string | null)[]) {
    const n = codes.length;
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i += 1) this.parent[i] = i;
    this.rank = new Uint8Array(n);
    this.codes = [...codes];
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression: later finds are near O(1).
    for (let j = i; this.parent[j] !== root; ) {
      const next = this.parent[j]!;
      this.parent[j] = root;
      j = next;
    }
    return root;
  }

  /** The valid credit code of i's cluster, or null. */
  codeOf(i: number): string | null {
    return this.codes[this.find(i)] ?? null;
  }

  /** Whether i and j could be joined: the same cluster, or at most one of the two carries a valid code (or both the same). */
  canUnion(i: number, j: number): boolean {
    const a = this.codes[this.find(i)];
    const b = this.codes[this.find(j)];
    return a === null || b === null || a === b;
  }

  /** Joins the clusters of i and j; returns 'joined', 'same' (already one cluster) or 'conflict' (refused). */
  union(i: number, j: number): 'joined' | 'same' | 'conflict' {
    let a = this.find(i);
    let b = this.find(j);
    if (a === b) return 'same';
    const codeA = this.codes[a] ?? null;
    const codeB = this.codes[b] ?? null;
    if (codeA !== null && codeB !== null && codeA !== codeB) return 'conflict';
    if (this.rank[a]! < this.rank[b]!) [a, b] = [b, a];
    this.parent[b] = a;
    if (this.rank[a] === this.rank[b]) this.rank[a]! += 1;
    this.codes[a] = codeA ?? codeB;
    return 'joined';
  }
}

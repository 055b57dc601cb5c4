/**
 * 并查集（信用代码约束） — clusters of records. Each root remembers the valid credit code of its cluster, if any; a
 * union that would put two different valid codes in one cluster is refused, so no chain of probable matches can
 * join two registered firms. Reviewers' "different firms" decisions are cannot-links: a union that would put the
 * two records of one in a cluster is refused too, whatever joins them. A reviewer's "same firm" is a forced union,
 * which overrides the code rule (a wrong code on one record) but never a cannot-link.
 */

export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly rank: Uint8Array;
  private readonly codes: (string | null)[];
  /** Record → the records it must never share a cluster with. */
  private readonly partners = new Map<number, number[]>();
  /** Root → the records of its cluster that have cannot-links (kept on the root, merged on union). */
  private readonly constrained = new Map<number, number[]>();

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

  /** Records that i and j are different firms: no union will ever put them in one cluster. Call before any union. */
  forbid(i: number, j: number): void {
    if (i === j) return;
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const list = this.partners.get(x);
      if (list === undefined) {
        this.partners.set(x, [y]);
        this.constrained.set(x, [x]);
      } else if (!list.includes(y)) list.push(y);
    }
  }

  /** Whether a cannot-link separates the clusters of i and j. */
  isForbidden(i: number, j: number): boolean {
    const a = this.find(i);
    const b = this.find(j);
    if (a === b) return false;
    const [small, other] = (this.constrained.get(a)?.length ?? 0) <= (this.constrained.get(b)?.length ?? 0) ? [a, b] : [b, a];
    for (const x of this.constrained.get(small) ?? []) {
      for (const y of this.partners.get(x)!) if (this.find(y) === other) return true;
    }
    return false;
  }

  /**
   * Joins the clusters of i and j; returns 'joined', 'same' (already one cluster), 'conflict' (two different valid
   * codes; `force` overrides this, and the joined cluster keeps i's code) or 'forbidden' (a cannot-link).
   */
  union(i: number, j: number, force = false): 'joined' | 'same' | 'conflict' | 'forbidden' {
    let a = this.find(i);
    let b = this.find(j);
    if (a === b) return 'same';
    const codeA = this.codes[a] ?? null;
    const codeB = this.codes[b] ?? null;
    if (!force && codeA !== null && codeB !== null && codeA !== codeB) return 'conflict';
    if (this.constrained.size > 0 && this.isForbidden(a, b)) return 'forbidden';
    if (this.rank[a]! < this.rank[b]!) [a, b] = [b, a];
    this.parent[b] = a;
    if (this.rank[a] === this.rank[b]) this.rank[a]! += 1;
    // `a` may have been swapped with `b` for balance; the code of i's cluster still wins.
    this.codes[a] = codeA ?? codeB;
    const fromB = this.constrained.get(b);
    if (fromB !== undefined) {
      this.constrained.set(a, [...(this.constrained.get(a) ?? []), ...fromB]);
      this.constrained.delete(b);
    }
    return 'joined';
  }
}

/**
 * 分块 — candidate pairs for comparison. Records with a valid credit code are already grouped by it, and two
 * different valid codes are never one firm, so a pair is a candidate only when at least one side lacks a valid
 * code. Blocks are built from the keys of those records only; records with codes are looked up against them. The
 * work therefore grows with (records without a code) × (block size), and blocks above a size cap are skipped
 * (counted in the stats), which keeps it near-linear.
 */
import { DEFAULT_BLOCKING_PASSES, type BlockingPass } from './blocking-passes';
import type { PreparedRecord } from './registry-record';

/** Options of blocking. */
export interface BlockingOptions {
  readonly passes?: readonly BlockingPass[];
  /** Blocks with more members than this are skipped as too unspecific. */
  readonly maxBlockSize?: number;
}

/** 分块统计 — what one pass contributed. */
export interface BlockingPassStats {
  readonly pass: string;
  readonly blocks: number;
  readonly oversizedBlocks: number;
  /** Pairs this pass produced, before removing those another pass produced too. */
  readonly pairs: number;
}

/** 候选对 — pairs of record indices (left < right), sorted and unique. */
export interface CandidatePairs {
  readonly left: Uint32Array;
  readonly right: Uint32Array;
  readonly count: number;
  readonly passes: readonly BlockingPassStats[];
}

export const DEFAULT_MAX_BLOCK_SIZE = 200;

export function buildCandidatePairs(records: readonly PreparedRecord[], options: BlockingOptions = {}): CandidatePairs {
  const passes = options.passes ?? DEFAULT_BLOCKING_PASSES;
  const maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  const n = records.length;
  const encoded = new PairBuffer();
  const stats: BlockingPassStats[] = [];
  for (const pass of passes) {
    const blocks = new Map<string, number[]>();
    for (const record of records) {
      if (record.validCode !== null) continue;
      for (const key of pass.keys(record)) {
        const block = blocks.get(key);
        if (block === undefined) blocks.set(key, [record.index]);
        else if (block[block.length - 1] !== record.index) block.push(record.index);
      }
    }
    // Members with a valid code join only blocks that already hold a record without one. Records of one firm
    // mostly share their core name, so their keys are computed once per distinct core.
    const coded = new Map<string, number[]>();
    const keyCache = new Map<string, readonly string[]>();
    for (const record of records) {
      if (record.validCode === null) continue;
      let keys: readonly string[];
      if (pass.cacheByCoreName) {
        const cached = keyCache.get(record.name.core);
        keys = cached ?? pass.keys(record);
        if (cached === undefined) keyCache.set(record.name.core, keys);
      } else keys = pass.keys(record);
      for (const key of keys) {
        if (!blocks.has(key)) continue;
        const list = coded.get(key);
        if (list === undefined) coded.set(key, [record.index]);
        else if (list[list.length - 1] !== record.index) list.push(record.index);
      }
    }
    let pairs = 0;
    let oversized = 0;
    for (const [key, uncoded] of blocks) {
      const withCode = coded.get(key) ?? [];
      if (uncoded.length + withCode.length < 2) continue;
      if (uncoded.length + withCode.length > maxBlockSize) {
        oversized += 1;
        continue;
      }
      for (let i = 0; i < uncoded.length; i += 1) {
        const a = uncoded[i]!;
        for (let j = i + 1; j < uncoded.length; j += 1) encoded.push(a, uncoded[j]!, n);
        for (const b of withCode) encoded.push(a, b, n);
      }
      pairs += (uncoded.length * (uncoded.length - 1)) / 2 + uncoded.length * withCode.length;
    }
    stats.push({ pass: pass.name, blocks: blocks.size, oversizedBlocks: oversized, pairs });
  }
  return { ...encoded.toPairs(n), passes: stats };
}

/** Pairs as i·n + j in a growable Float64Array (exact below 2⁵³), sorted and deduplicated at the end. */
class PairBuffer {
  private data = new Float64Array(1 << 16);
  private size = 0;

  push(a: number, b: number, n: number): void {
    if (a === b) return;
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size] = a < b ? a * n + b : b * n + a;
    this.size += 1;
  }

  toPairs(n: number): { left: Uint32Array; right: Uint32Array; count: number } {
    const sorted = this.data.subarray(0, this.size).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
    const left = new Uint32Array(unique);
    const right = new Uint32Array(unique);
    for (let i = 0; i < unique; i += 1) {
      const v = sorted[i]!;
      left[i] = Math.floor(v / n);
      right[i] = v - left[i]! * n;
    }
    return { left, right, count: unique };
  }
}

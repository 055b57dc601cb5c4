/**
 * 分块规则 — the keys under which records are grouped before comparison; a pair is compared when the two share a
 * key in any pass. Each pass catches what the others miss: a typo in the 字号 (wildcard keys), a rename
 * (phone, address, legal representative), a mistyped credit code (two interleaved halves of the organisation code).
 */
import type { PreparedRecord } from './registry-record';

/** 分块规则 — one pass: a name and the keys of a record (none when the record lacks the fields). */
export interface BlockingPass {
  readonly name: string;
  readonly keys: (record: PreparedRecord) => readonly string[];
  /** The keys depend on the core name only, so records with the same core share them. */
  readonly cacheByCoreName?: boolean;
}

// Positions of the organisation code (9–18) split into two interleaved sets: one mistyped character breaks only one.
const CODE_HALVES = [
  [8, 10, 11, 13, 15],
  [9, 12, 14, 16, 17],
] as const;

const MAX_WILDCARD_POSITIONS = 4;

export const DEFAULT_BLOCKING_PASSES: readonly BlockingPass[] = [
  {
    // The core name, and the core with each character of the 字号 replaced by a wildcard: a typo in a trade name of
    // three or more characters keeps one key. Wildcards only in the 字号, because one in the industry words would
    // block every firm of the same 字号 together.
    name: 'name-substitutions',
    cacheByCoreName: true,
    keys: ({ name }) => {
      const core = name.core;
      if (core.length < 2) return [];
      const keys = [core];
      // A two-character 字号 with a wildcard leaves one character + industry words, a block of every firm that
      // shares them (dozens at a million records); such typos are left to the phone, address and person passes.
      if (core.length >= 4 && name.tradeName.length >= 3) {
        const end = Math.min(name.tradeName.length, MAX_WILDCARD_POSITIONS);
        for (let i = 0; i < end; i += 1) keys.push(`${core.slice(0, i)}*${core.slice(i + 1)}`);
      }
      return keys;
    },
  },
  {
    name: 'name-tokens',
    keys: ({ name }) => (name.tokens.length > 1 ? [[...name.tokens].sort().join('|')] : []),
  },
  { name: 'phone', keys: ({ phones }) => phones },
  { name: 'address', keys: ({ address }) => (address?.key ? [address.key] : []) },
  {
    name: 'legal-rep+founded-month',
    keys: ({ legalRep, founded }) => (legalRep && founded && founded.precision !== 'year' ? [`${legalRep}|${founded.iso.slice(0, 7)}`] : []),
  },
  {
    name: 'legal-rep+road',
    keys: ({ legalRep, address }) => (legalRep && address?.road ? [`${legalRep}|${address.road}`] : []),
  },
  {
    name: 'credit-code-halves',
    keys: ({ codeText }) =>
      codeText !== null && codeText.length === 18
        ? CODE_HALVES.map((positions, h) => `${h}${positions.map((p) => codeText[p]).join('')}`)
        : [],
  },
];

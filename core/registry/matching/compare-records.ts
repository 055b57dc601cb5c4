/**
 * 字段比对 — the comparison level of each field for a pair of prepared records, as indices into FIELD_LEVELS
 * (0 = missing). The order of the vector is MATCH_FIELDS.
 */
import type { MatchModel } from './match-model';
import { MATCH_FIELDS, type PreparedRecord } from './registry-record';
import { isWithinOneEdit, jaroWinkler } from './string-similarity';

/** 比对向量 — one level index per field, in MATCH_FIELDS order. */
export type ComparisonVector = Uint8Array;

type Similarity = MatchModel['similarity'];

export function compareRecords(a: PreparedRecord, b: PreparedRecord, similarity: Similarity): ComparisonVector {
  const vector = new Uint8Array(MATCH_FIELDS.length);
  vector[0] = compareCreditCodes(a, b);
  vector[1] = compareNames(a, b, similarity.name);
  vector[2] = compareAddresses(a, b, similarity.address);
  vector[3] = compareLegalReps(a.legalRep, b.legalRep, similarity.legalRep);
  vector[4] = comparePhones(a.phones, b.phones);
  vector[5] = compareFoundingDates(a, b);
  return vector;
}

// Level indices, named after FIELD_LEVELS.
const MISSING = 0;

/** exact, one-off (one substitution, insertion, deletion or swap: a mistyped code), different. */
function compareCreditCodes(a: PreparedRecord, b: PreparedRecord): number {
  if (a.codeText === null || b.codeText === null) return MISSING;
  if (a.codeText === b.codeText) return 1;
  // Two different valid codes are two firms: the hard constraint decides, the level only reports it.
  if (a.validCode !== null && b.validCode !== null) return 3;
  return isWithinOneEdit(a.codeText, b.codeText) ? 2 : 3;
}

/** exact, core-exact, close, similar, branch-mismatch, different. */
function compareNames(a: PreparedRecord, b: PreparedRecord, threshold: number): number {
  const x = a.name;
  const y = b.name;
  if (x.core === '' || y.core === '') return MISSING;
  const coreEqual = x.core === y.core;
  const oneEdit = coreEqual || (Math.min(x.core.length, y.core.length) >= 4 && isWithinOneEdit(x.core, y.core));
  if (x.branch !== y.branch) return oneEdit ? 5 : 6;
  if (x.key === y.key) return 1;
  if (coreEqual) return 2;
  if (oneEdit) return 3;
  return jaroWinkler(x.core, y.core) >= threshold ? 4 : 6;
}

/** exact (road, lane and number), same-road, close (similar text), different. */
function compareAddresses(a: PreparedRecord, b: PreparedRecord, threshold: number): number {
  const x = a.address;
  const y = b.address;
  if (x === null || y === null) return MISSING;
  if (x.key !== null && x.key === y.key) return 1;
  if (x.road !== null && x.road === y.road) return 2;
  return jaroWinkler(x.text, y.text) >= threshold ? 3 : 4;
}

/**
 * exact, close, different. Close is one edit in a name of three or more characters, or a Jaro–Winkler similarity
 * above the threshold (Latin names). Two-character names one character apart (张伟/张玮) are different: as often
 * two people as a typo.
 */
function compareLegalReps(x: string | null, y: string | null, threshold: number): number {
  if (x === null || y === null) return MISSING;
  if (x === y) return 1;
  const close = (Math.min(x.length, y.length) >= 3 && isWithinOneEdit(x, y)) || jaroWinkler(x, y) >= threshold;
  return close ? 2 : 3;
}

/** exact (any number in common), different. */
function comparePhones(x: readonly string[], y: readonly string[]): number {
  if (x.length === 0 || y.length === 0) return MISSING;
  for (const p of x) if (y.includes(p)) return 1;
  return 2;
}

/** exact (same day), same-month, same-year, different; a month-precision date matching a day is same-month. */
function compareFoundingDates(a: PreparedRecord, b: PreparedRecord): number {
  const x = a.founded;
  const y = b.founded;
  if (x === null || y === null) return MISSING;
  if (x.precision === 'day' && y.precision === 'day' && x.iso === y.iso) return 1;
  if (x.precision !== 'year' && y.precision !== 'year' && x.iso.slice(0, 7) === y.iso.slice(0, 7)) return 2;
  return x.iso.slice(0, 4) === y.iso.slice(0, 4) ? 3 : 4;
}

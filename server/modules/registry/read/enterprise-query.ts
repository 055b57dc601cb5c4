/**
 * 查找词 — what a person typed to find an enterprise, read the two ways the registry stores it: as (part of) a credit
 * code, and as (part of) a normalised name. Names are normalised like the write side's name_key, twice: with the
 * national region list (what the key is built with) and with the zone's place names added too, because a typed
 * 张江某某 must still find a key from which 张江 was (or was not) stripped.
 */
import { normalizeCreditCode, normalizeEnterpriseName } from '../../../../core/registry';

/** 查找词 — the code prefix and name keys of one query; null where the query cannot be one. */
export interface EnterpriseQuery {
  /** Upper-case code characters when the query could be (the start of) a credit code. */
  codePrefix: string | null;
  /** The core name with national regions stripped: equal to, or a prefix of, a matching name_key. */
  narrow: string;
  /** The core name with the zone's place names stripped as well: a substring of every matching name_key. */
  broad: string;
}

const CODE_LIKE = /^[0-9A-Z]{2,18}$/;

export function parseEnterpriseQuery(input: string, zonePlaceNames: readonly string[]): EnterpriseQuery {
  const code = normalizeCreditCode(input);
  const isCodeLike = CODE_LIKE.test(code) && /[0-9]/.test(code);
  const narrow = coreOf(input, []);
  const broad = coreOf(input, zonePlaceNames);
  return { codePrefix: isCodeLike ? code : null, narrow, broad: broad.length > 0 ? broad : narrow };
}

/** The character bigrams the database indexes (registry_name_grams): code points, as PostgreSQL's substr counts. */
export function nameBigrams(key: string): string[] {
  const characters = Array.from(key);
  const grams: string[] = [];
  for (let i = 0; i + 1 < characters.length; i += 1) grams.push(characters[i]! + characters[i + 1]!);
  return grams;
}

/** A LIKE pattern matching values that start with `prefix` literally. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function coreOf(input: string, regionNames: readonly string[]): string {
  const name = normalizeEnterpriseName(input, { regionNames });
  return name.core || name.text;
}

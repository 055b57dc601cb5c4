/**
 * 企业名称规范化 — reduces an enterprise name to what identifies the firm: width and brackets folded, spacing and
 * punctuation dropped, the legal form (组织形式) folded to one value per form, regional prefixes and bracketed
 * regions removed, a branch (分公司) kept apart as a marker. What remains is the core name (字号 + 行业), split into
 * the trade name and industry tokens.
 */
import { foldWidthAndBrackets } from './fold-width';
import {
  BRANCH_MARKERS,
  DEFAULT_REGION_NAMES,
  GROUP_WORD,
  INDUSTRY_WORDS,
  LEGAL_FORM_SUFFIXES,
  PARTNERSHIP_FORMS,
  type LegalForm,
} from './enterprise-name-vocabulary';

/** 规范化企业名称 — the parts of a name after normalisation. */
export interface NormalizedEnterpriseName {
  /** The folded name without spacing and punctuation, regions kept: what a person would call "the same spelling". */
  readonly text: string;
  /** 字号 + 行业: the name without regions, legal form, group word and branch. */
  readonly core: string;
  /** 字号: the core without its trailing industry words. */
  readonly tradeName: string;
  /** The trade name followed by the industry words, in order. */
  readonly tokens: readonly string[];
  readonly legalForm: LegalForm | null;
  /** 集团: the name carries the group word before its legal form. */
  readonly isGroup: boolean;
  /** 分支机构: the branch label and marker (张江分公司), or null for a principal entity. */
  readonly branch: string | null;
  /** The region names that were removed, in order of appearance. */
  readonly regions: readonly string[];
  /** Equal for two spellings of one firm's name: core, legal form, group word and branch. */
  readonly key: string;
}

/** Options of name normalisation: extra region names (the zone's towns and parks) to strip as prefixes. */
export interface NameNormalizationOptions {
  readonly regionNames?: readonly string[];
}

// Quotes, dots, dashes, slashes, asterisks and the like carry no identity; brackets are handled separately.
const NOISE = /[\s"'“”‘’`·•・.,，、。;；:：!！?？*#＃&＋+_\-—–~～/\\|<>]+/g;
// Industry words by their last character, longest first: peeling from the end looks at a handful, not all of them.
const INDUSTRY_BY_LAST = new Map<string, string[]>();
for (const word of [...INDUSTRY_WORDS].sort((a, b) => b.length - a.length)) {
  const last = word[word.length - 1]!;
  INDUSTRY_BY_LAST.set(last, [...(INDUSTRY_BY_LAST.get(last) ?? []), word]);
}
const regionListCache = new WeakMap<readonly string[], readonly string[]>();

export function normalizeEnterpriseName(input: string, options: NameNormalizationOptions = {}): NormalizedEnterpriseName {
  const regionNames = listRegionNames(options.regionNames);
  let rest = foldWidthAndBrackets(input).toUpperCase().replace(NOISE, '');
  // Annotations that sources append: (筹), (已注销), (原名…).
  if (rest.endsWith(')')) rest = rest.replace(/\((?:筹|筹建|已注销|注销|吊销|原名[^()]*|曾用名[^()]*)\)$/u, '');
  const text = rest;

  let branch: string | null = null;
  const marker = BRANCH_MARKERS.find((m) => rest.endsWith(m) && rest.length > m.length);
  if (marker) {
    const beforeMarker = rest.slice(0, rest.length - marker.length);
    const parentEnd = findParentEnd(beforeMarker);
    const label = stripRegions(beforeMarker.slice(parentEnd).replace(/[()]/g, ''), regionNames).rest;
    branch = label + marker;
    rest = beforeMarker.slice(0, parentEnd);
  }

  let legalForm: LegalForm | null = null;
  for (const [form, value] of rest.includes('合伙') ? PARTNERSHIP_FORMS : []) {
    const bracketed = `(${form})`;
    if (rest.includes(bracketed)) {
      legalForm = value;
      rest = rest.replace(bracketed, '');
      break;
    }
  }
  for (const [suffix, value] of LEGAL_FORM_SUFFIXES) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      // 某某合伙企业(有限合伙): the bracket is the more precise form.
      legalForm ??= value;
      rest = rest.slice(0, rest.length - suffix.length);
      break;
    }
  }

  const regions: string[] = [];
  // Bracketed regions anywhere: 某某(上海)生物科技, 某某(中国)投资. Most names have no bracket left by now.
  if (rest.includes('(') || rest.includes(')')) rest = rest.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    if (regionNames.includes(inner)) {
      regions.push(inner);
      return '';
    }
    // Other brackets (集团, a former name's fragment) keep their text: 某某(集团) = 某某集团.
    return inner;
  }).replace(/[()]/g, '');

  let isGroup = false;
  if (rest.endsWith(GROUP_WORD) && rest.length > GROUP_WORD.length) {
    isGroup = true;
    rest = rest.slice(0, rest.length - GROUP_WORD.length);
  }
  const stripped = stripRegions(rest, regionNames);
  regions.unshift(...stripped.regions);
  const core = stripped.rest;
  const tokens = splitIndustryWords(core);
  const tradeName = tokens[0] ?? '';
  const key = `${core}|${legalForm ?? ''}|${isGroup ? 'G' : ''}|${branch ?? ''}`;
  return { text, core, tradeName, tokens, legalForm, isGroup, branch, regions, key };
}

/** Where the parent's name ends in front of a branch marker: after its last legal form or partnership bracket. */
function findParentEnd(beforeMarker: string): number {
  let end = -1;
  for (const [suffix] of LEGAL_FORM_SUFFIXES) {
    const at = beforeMarker.lastIndexOf(suffix);
    if (at >= 0) end = Math.max(end, at + suffix.length);
  }
  for (const [form] of PARTNERSHIP_FORMS) {
    const at = beforeMarker.lastIndexOf(`(${form})`);
    if (at >= 0) end = Math.max(end, at + form.length + 2);
  }
  return end > 0 ? end : beforeMarker.length;
}

/** Removes region names from the front, repeatedly (上海浦东…), as long as at least two characters remain. */
function stripRegions(text: string, regionNames: readonly string[]): { rest: string; regions: string[] } {
  const regions: string[] = [];
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const region of regionNames) {
      if (rest.startsWith(region) && rest.length - region.length >= 2) {
        regions.push(region);
        rest = rest.slice(region.length);
        changed = true;
        break;
      }
    }
  }
  return { rest, regions };
}

/** The trade name and the industry words behind it; industry words are peeled off from the end. */
export function splitIndustryWords(core: string): string[] {
  const words: string[] = [];
  let rest = core;
  for (;;) {
    const word = INDUSTRY_BY_LAST.get(rest[rest.length - 1] ?? '')?.find((w) => rest.endsWith(w) && rest.length > w.length);
    if (!word) break;
    words.unshift(word);
    rest = rest.slice(0, rest.length - word.length);
  }
  return rest === '' ? words : [rest, ...words];
}

function listRegionNames(extra: readonly string[] | undefined): readonly string[] {
  if (!extra || extra.length === 0) return DEFAULT_REGION_NAMES;
  const cached = regionListCache.get(extra);
  if (cached) return cached;
  // Longest first, so that 上海市 is removed whole rather than as 上海 + 市….
  const merged = [...new Set([...DEFAULT_REGION_NAMES, ...extra])].sort((a, b) => b.length - a.length);
  regionListCache.set(extra, merged);
  return merged;
}

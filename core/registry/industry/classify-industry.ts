/**
 * 行业归类 — a GB/T 4754-2017 industry code (国民经济行业分类) to the zone's leading industry and chain segment, by
 * the zone pack's table of class-code prefixes: the longest prefix that matches wins (3973 before 397 before 39).
 * Codes are read as sources write them: with or without the section letter (C3973), full width, with spaces. A firm
 * without a usable code falls back to the industry label a body's list gives (重点产业: 生物医药 …), without a segment.
 */
import { foldWidth } from '../normalize/fold-width';
import type { ChainSegment, Industry } from './industry-codes';

/** 行业映射 — one row of the table: a class-code prefix (2–4 digits) and what it maps to. */
export interface IndustryRule {
  readonly code: string;
  readonly industry: Industry;
  readonly chainSegment: ChainSegment | null;
}

/** 行业归类结果 — and the rule or label that produced it (null when nothing matched). */
export interface IndustryClassification {
  readonly industry: Industry | null;
  readonly chainSegment: ChainSegment | null;
  /** The normalised class code (digits), or null when the input has none. */
  readonly code: string | null;
  readonly matchedBy: { readonly kind: 'code'; readonly prefix: string } | { readonly kind: 'label'; readonly label: string } | null;
}

export type IndustryClassifier = (code: string | null | undefined, label?: string | null) => IndustryClassification;

export function createIndustryClassifier(rules: readonly IndustryRule[], labels: Readonly<Record<string, Industry>> = {}): IndustryClassifier {
  const byPrefix = new Map(rules.map((rule) => [rule.code, rule]));
  const labelEntries = Object.entries(labels).sort(([a], [b]) => b.length - a.length);
  return (input, label) => {
    const code = normalizeIndustryCode(input);
    if (code !== null) {
      for (let length = Math.min(code.length, 4); length >= 2; length -= 1) {
        const rule = byPrefix.get(code.slice(0, length));
        if (rule) return { industry: rule.industry, chainSegment: rule.chainSegment, code, matchedBy: { kind: 'code', prefix: rule.code } };
      }
    }
    const text = label ? foldWidth(label).trim() : '';
    const entry = text === '' ? undefined : labelEntries.find(([name]) => text.includes(name));
    if (entry) return { industry: entry[1], chainSegment: null, code, matchedBy: { kind: 'label', label: entry[0] } };
    // A code that no rule claims is a firm of another industry; no code at all says nothing.
    return { industry: code === null ? null : 'other', chainSegment: null, code, matchedBy: null };
  };
}

/** `C3973`, `３９７３`, `39 73` → `3973`; null when there are not 2–4 digits (after an optional section letter). */
export function normalizeIndustryCode(input: string | null | undefined): string | null {
  if (!input) return null;
  const text = foldWidth(input).replace(/\s+/g, '').toUpperCase();
  const match = /^[A-T]?(\d{2,4})$/.exec(text);
  return match ? match[1]! : null;
}

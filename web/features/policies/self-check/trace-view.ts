/**
 * 计算过程 — a trace as the self-check shows it: one row per step in the order it ran, indented by depth, in the
 * UI language, with the facts it read and the parameters it used formatted and labelled, and its legal reference
 * only where it differs from its parent's (every child inherits the reference of the rule around it).
 */
import type { Language } from '../../../app/i18n/language';
import type { FormField, PolicyParameter, TraceEntry } from '../policies-api';
import type { ValueType } from '../shared/fact-values';
import { formatValue, formatYuan } from '../shared/format-value';

export interface TraceRow {
  key: string;
  depth: number;
  kind: string;
  /**
   * eligibility: a requirement, where false means not met; amount: a step of the amount formula, where false only
   * means a case or cap that did not apply; other: the version and result lines.
   */
  section: 'eligibility' | 'amount' | 'other';
  /** The requirement's own name, when the rule gives it one and the text does not already start with it. */
  title: string | null;
  text: string;
  outcome: boolean | null;
  /** Amount steps: the amount at this step, formatted, when the text does not already say it. */
  amount: string | null;
  facts: { name: string; label: string; value: string }[];
  parameters: { name: string; label: string; value: string; from: string; verified: boolean }[];
  legalRef: { title: string; article: string; verified: boolean } | null;
  missing: string[];
}

/** What the rows need to know about facts and parameters to label and format them. */
export interface TraceVocabulary {
  facts: readonly Pick<FormField, 'name' | 'type' | 'label' | 'options'>[];
  parameters: readonly Pick<PolicyParameter, 'name' | 'type' | 'label'>[];
}

const pick = (text: { zh: string; en: string }, language: Language) => (language === 'en' ? text.en : text.zh);

/** The label of a fact in the UI language, or its name when the form does not ask it (a derived fact). */
export function factLabel(name: string, vocabulary: Pick<TraceVocabulary, 'facts'>, language: Language): string {
  const field = vocabulary.facts.find((f) => f.name === name);
  return field ? pick(field.label, language) : name;
}

function sectionOf(entry: TraceEntry): TraceRow['section'] {
  if (/\.amount(\.|\[|$)/.test(entry.path)) return 'amount';
  return entry.kind === 'version' || entry.kind === 'result' ? 'other' : 'eligibility';
}

function refKey(ref: TraceEntry['legalRef']): string {
  return ref ? `${ref.document}#${ref.article}` : '';
}

export function buildTraceRows(trace: readonly TraceEntry[], vocabulary: TraceVocabulary, language: Language): TraceRow[] {
  const facts = new Map(vocabulary.facts.map((f) => [f.name, f]));
  const parameters = new Map(vocabulary.parameters.map((p) => [p.name, p]));
  // The reference in force at each depth, from the nearest ancestor.
  const refAtDepth: string[] = [];
  return trace.map((entry, index) => {
    refAtDepth.length = entry.depth;
    const inherited = entry.depth > 0 ? refAtDepth[entry.depth - 1] : undefined;
    const own = refKey(entry.legalRef);
    refAtDepth[entry.depth] = own;
    const text = pick(entry.description, language);
    const title = entry.label ? pick(entry.label, language) : null;
    const amount = entry.value === undefined ? null : formatYuan(entry.value, language);
    return {
      key: `${index}:${entry.path}`,
      depth: entry.depth,
      kind: entry.kind,
      section: sectionOf(entry),
      title: title && !text.startsWith(title) ? title : null,
      text,
      outcome: entry.outcome,
      amount: amount && !text.includes(amount) ? amount : null,
      facts: Object.entries(entry.factsRead).map(([name, value]) => {
        const field = facts.get(name);
        return {
          name,
          label: factLabel(name, vocabulary, language),
          value: field ? formatValue(field.type, value, language, field.options) : formatValue(guessType(value), value, language),
        };
      }),
      parameters: Object.entries(entry.parametersUsed).map(([name, use]) => {
        const parameter = parameters.get(name);
        return {
          name,
          label: parameter ? pick(parameter.label, language) : name,
          value: formatValue(parameter?.type ?? guessType(use.value), use.value, language),
          from: use.from,
          verified: use.verified,
        };
      }),
      legalRef:
        entry.legalRef && own !== inherited
          ? { title: pick(entry.legalRef.title, language), article: entry.legalRef.article, verified: entry.legalRef.verified }
          : null,
      missing: (entry.missing ?? []).map((name) => factLabel(name, vocabulary, language)),
    };
  });
}

function guessType(value: unknown): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (Array.isArray(value)) return 'string-list';
  return 'string';
}

/**
 * 申报表单 — the application form of a version, derived from the facts its rules read (eligibility, shared
 * conditions it uses, amount, conditional materials, funded items) plus any extra fields it names. A derived fact
 * asks for its base (成立年限 → 成立日期). Enterprise facts are included with origin `enterprise`, so the portal
 * can prefill them from the registry or ask an anonymous visitor.
 */
import { collectAmount, collectCondition, emptyReferences } from './collect-references';
import type { FactCatalogue } from './facts';
import type { FormField, SharedCondition } from './policy-types';
import type { AmountFormula, Condition } from './rule-ast';

export interface FormSource {
  eligibility: Condition;
  amount?: AmountFormula;
  materials: { when?: Condition }[];
  items?: string;
  form?: { optional: string[]; extra: string[] };
}

/** Every fact a version reads, in order of first use, following `use` into shared conditions. */
export function listFactsRead(version: FormSource, conditions: Readonly<Record<string, SharedCondition>>): string[] {
  const refs = emptyReferences();
  collectCondition(version.eligibility, refs);
  for (const name of [...refs.conditions]) {
    const shared = conditions[name];
    if (shared) collectCondition(shared.condition, refs);
  }
  if (version.amount) collectAmount(version.amount, refs);
  for (const material of version.materials) if (material.when) collectCondition(material.when, refs);
  if (version.items) refs.facts.add(version.items);
  return [...refs.facts];
}

export function deriveForm(
  version: FormSource,
  facts: FactCatalogue,
  conditions: Readonly<Record<string, SharedCondition>>,
): FormField[] {
  const names = new Set<string>();
  for (const name of [...listFactsRead(version, conditions), ...(version.form?.extra ?? [])]) {
    const fact = facts[name];
    if (fact) names.add(fact.derivedFrom ?? name);
  }
  const optional = new Set(version.form?.optional ?? []);
  return [...names].flatMap((name): FormField[] => {
    const fact = facts[name];
    if (!fact) return [];
    return [
      {
        name,
        type: fact.type,
        origin: fact.origin,
        label: fact.label,
        required: !optional.has(name),
        ...(fact.help ? { help: fact.help } : {}),
        ...(fact.min !== undefined ? { min: fact.min } : {}),
        ...(fact.max !== undefined ? { max: fact.max } : {}),
        ...(fact.pattern ? { pattern: fact.pattern } : {}),
        ...(fact.options ? { options: fact.options } : {}),
      },
    ];
  });
}

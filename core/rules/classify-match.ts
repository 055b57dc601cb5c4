/**
 * 可能符合 — how an enterprise stands for a policy on what the enterprise list (registry) knows of it. A policy
 * usually also needs figures the applicant declares (R&D spending, tape-out cost …) and checks made at application
 * (the credit list); the registry never has those, so on registry facts alone such a policy is undetermined for
 * everyone. Matching tells apart an enterprise that meets every requirement the registry can decide and lacks only
 * those (likely: worth inviting to apply) from one whose registry record itself lacks something (undetermined: e.g.
 * not yet placed in a town).
 */
import type { EligibilityResult } from './evaluate-policy';
import { listDecisiveSteps, listMetSteps, PLAIN_PREFIX } from './explain-in-plain-language';
import type { RuleLocale, Text } from './text';
import type { TraceEntry } from './trace';

/** 匹配结论 — the order matters: a move towards `eligible` is a gain. */
export const MATCH_RESULTS = ['ineligible', 'undetermined', 'likely', 'eligible'] as const;
export type MatchResult = (typeof MATCH_RESULTS)[number];

/** Likely when undetermined only for want of facts the registry does not hold; otherwise the result itself. */
export function classifyMatch(result: EligibilityResult, missing: readonly string[], isRegistryFact: (fact: string) => boolean): MatchResult {
  if (result !== 'undetermined' || missing.length === 0) return result;
  for (const fact of missing) if (isRegistryFact(fact)) return 'undetermined';
  return 'likely';
}

const LIKELY: Text = {
  zh: '结论：可能符合——企业清单所载条件均已满足，申报时尚需提供：{missing}',
  en: 'Result: likely eligible — every requirement the enterprise list can show is met; the application must still give: {missing}',
};

/**
 * "Why likely" from a trace of a likely match: the conclusion naming what the application must give (`missingLabels`,
 * already in the caller's language), the requirements met on registry facts, then those still to be confirmed.
 */
export function explainLikely(trace: readonly TraceEntry[], missingLabels: string, locale: RuleLocale): string[] {
  const text = (entry: TraceEntry) => {
    const t = entry.plain ?? entry.description;
    return locale === 'zh-CN' ? t.zh : t.en;
  };
  const headline = (locale === 'zh-CN' ? LIKELY.zh : LIKELY.en).replace('{missing}', missingLabels);
  const met = listMetSteps(trace).map((leaf) => `${PLAIN_PREFIX[locale].true}${text(leaf)}`);
  const pending = listDecisiveSteps(trace).map((leaf) => `${PLAIN_PREFIX[locale].null}${text(leaf)}`);
  return [headline, ...met, ...pending];
}

/** 结论用语 — results and fact names as exports and lists word them, in the caller's language. */
import type { MatchResult, Policy, RuleLocale } from '../../../core/rules';

const RESULTS: Record<RuleLocale, Record<MatchResult, string>> = {
  'zh-CN': { eligible: '符合', likely: '可能符合', undetermined: '待确认', ineligible: '不符合' },
  en: { eligible: 'eligible', likely: 'likely eligible', undetermined: 'to be confirmed', ineligible: 'not eligible' },
};

export function resultLabel(result: MatchResult, locale: RuleLocale): string {
  return RESULTS[locale][result];
}

/** The labels of the facts still needed, joined as a sentence lists them. */
export function missingLabels(policy: Policy, missing: readonly string[], locale: RuleLocale): string {
  const labels = missing.map((name) => {
    const label = policy.facts[name]?.label;
    return label ? (locale === 'zh-CN' ? label.zh : label.en) : name;
  });
  return labels.join(locale === 'zh-CN' ? '、' : ', ');
}

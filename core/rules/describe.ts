/**
 * 描述模板 — the zh / en sentences a trace shows for each kind of step, filled from the step's values:
 * "研发投入增长率 23.5% ≥ 10%", "注册地在园区内：否（应为 是）", "研发投入增量 1,000,000 元 × 20% = 200,000 元".
 */
import type { Text, RuleLocale } from './text';

const TEMPLATES = {
  order: { zh: '{subject} {left} {symbol} {right}', en: '{subject} {left} {symbol} {right}' },
  orderReversed: { zh: '{left} {symbol} {subject} {right}', en: '{left} {symbol} {subject} {right}' },
  orderMet: { zh: '{subject}为 {left}，满足“{symbol} {right}”的要求', en: '{subject} is {left}, meeting the requirement {symbol} {right}' },
  orderNotMet: { zh: '{subject}为 {left}，未满足“{symbol} {right}”的要求', en: '{subject} is {left}, not meeting the requirement {symbol} {right}' },
  orderUnknown: { zh: '{subject}尚未提供，要求为“{symbol} {right}”', en: '{subject} is not known yet; the requirement is {symbol} {right}' },
  eq: { zh: '{subject}：{left}（应为 {right}）', en: '{subject}: {left} (must be {right})' },
  ne: { zh: '{subject}：{left}（不应为 {right}）', en: '{subject}: {left} (must not be {right})' },
  in: { zh: '{subject}：{left}（应为 {values} 之一）', en: '{subject}: {left} (must be one of {values})' },
  notIn: { zh: '{subject}：{left}（不应为 {values}）', en: '{subject}: {left} (must not be {values})' },
  exists: { zh: '{subject}：{state}', en: '{subject}: {state}' },
  all: { zh: '{subject}须同时满足以下 {count} 项', en: '{subject}all {count} of the following' },
  any: { zh: '{subject}须满足以下至少一项', en: '{subject}at least one of the following' },
  not: { zh: '{subject}以下条件须不成立', en: '{subject}the following must not hold' },
  use: { zh: '{subject}（共用条件）', en: '{subject} (shared condition)' },
  share: { zh: '{subject}{of} × {rate} = {value}', en: '{subject}{of} × {rate} = {value}' },
  value: { zh: '{subject}{expression} = {value}', en: '{subject}{expression} = {value}' },
  fixed: { zh: '{subject}{value}', en: '{subject}{value}' },
  capHit: { zh: '超过上限 {cap}，按上限计：{before} → {value}', en: 'above the cap of {cap}: {before} → {value}' },
  capOk: { zh: '{value}，未超过上限 {cap}', en: '{value}, within the cap of {cap}' },
  bracket: { zh: '{subject}{of} 适用第 {band} 档（{range}）：{rule} → {value}', en: '{subject}{of} falls in band {band} ({range}): {rule} → {value}' },
  marginal: { zh: '{subject}{of} 分段累进：{parts} = {value}', en: '{subject}{of} by marginal bands: {parts} = {value}' },
  choose: { zh: '{subject}适用情形 {case}', en: '{subject}case {case} applies' },
  chooseNone: { zh: '{subject}无适用情形，金额为 0', en: '{subject}no case applies: 0' },
  chooseUnknown: { zh: '{subject}尚无法确定适用情形', en: '{subject}cannot tell which case applies yet' },
  sum: { zh: '{subject}合计 {value}', en: '{subject}total {value}' },
  unknownAmount: { zh: '{subject}金额尚无法计算', en: '{subject}the amount cannot be computed yet' },
  version: { zh: '适用政策版本 {version}（{from} 起施行）', en: 'policy version {version} applies (in force from {from})' },
  eligible: { zh: '结论：符合条件{amount}', en: 'Result: eligible{amount}' },
  ineligible: { zh: '结论：不符合条件', en: 'Result: not eligible' },
  undetermined: { zh: '结论：尚无法判断，需补充：{missing}', en: 'Result: cannot be decided yet; still needed: {missing}' },
  eligibleAmountUnknown: { zh: '结论：符合条件，金额尚需补充：{missing}', en: 'Result: eligible; to compute the amount, still needed: {missing}' },
} as const satisfies Record<string, Text>;

export type TemplateName = keyof typeof TEMPLATES;

export const SYMBOLS: Record<string, Text> = {
  eq: { zh: '=', en: '=' },
  ne: { zh: '≠', en: '≠' },
  gt: { zh: '>', en: '>' },
  gte: { zh: '≥', en: '≥' },
  lt: { zh: '<', en: '<' },
  lte: { zh: '≤', en: '≤' },
  before: { zh: '早于', en: 'before' },
  after: { zh: '晚于', en: 'after' },
};

type Part = string | { key: string };

/** Templates split once into literal text and placeholders: filling them is then a join, not a regex scan. */
const COMPILED = Object.fromEntries(
  Object.entries(TEMPLATES).map(([name, text]) => [name, { zh: split(text.zh), en: split(text.en) }]),
) as Record<TemplateName, { zh: Part[]; en: Part[] }>;

function split(template: string): Part[] {
  return template.split(/(\{\w+\})/).filter((part) => part !== '').map((part) => (/^\{\w+\}$/.test(part) ? { key: part.slice(1, -1) } : part));
}

function fill(parts: Part[], values: Record<string, string>): string {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : (values[part.key] ?? '');
  return out;
}

/** Fills a template; `vars` gives each placeholder per locale. */
export function render(name: TemplateName, vars: (locale: RuleLocale) => Record<string, string>): Text {
  const template = COMPILED[name];
  return { zh: fill(template.zh, vars('zh-CN')), en: fill(template.en, vars('en')) };
}

/** Fills a template from values already computed per locale (when two templates share them). */
export function renderWith(name: TemplateName, values: { zh: Record<string, string>; en: Record<string, string> }): Text {
  const template = COMPILED[name];
  return { zh: fill(template.zh, values.zh), en: fill(template.en, values.en) };
}

/** `label：` / `label: ` before a description, or nothing. */
export function prefix(label: Text | undefined, locale: RuleLocale): string {
  if (!label) return '';
  return locale === 'zh-CN' ? `${label.zh}：` : `${label.en}: `;
}

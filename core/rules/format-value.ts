/**
 * 数值展示 — runtime values as people read them: money with thousands separators (1,234,567.89 元 / CNY
 * 1,234,567.89), rates as percentages, dates as YYYY-MM-DD, enum values by their label.
 */
import { formatDate } from './dates';
import type { FactOption, FactType } from './facts';
import * as q from './rational';
import type { RuntimeValue } from './resolve-parameters';
import type { RuleLocale } from './text';

function group(decimal: string): string {
  const [whole, fraction] = decimal.split('.') as [string, string | undefined];
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatMoney(value: q.Rational, locale: RuleLocale): string {
  const text = group(q.toDecimalString(value, 2));
  return locale === 'zh-CN' ? `${text} 元` : `CNY ${text}`;
}

export function formatValue(
  value: RuntimeValue | undefined,
  type: FactType,
  locale: RuleLocale,
  options?: readonly FactOption[],
): string {
  if (value === undefined) return locale === 'zh-CN' ? '（未提供）' : '(not provided)';
  switch (type) {
    case 'money':
      return formatMoney(value as q.Rational, locale);
    case 'rate':
      return `${q.toDecimalString(q.mul(value as q.Rational, { n: 100, d: 1 }), 2)}%`;
    case 'number':
      return group(q.toDecimalString(value as q.Rational, 4));
    case 'integer':
      return group(q.toDecimalString(value as q.Rational, 0));
    case 'date':
      return typeof value === 'number' ? formatDate(value) : String(value);
    case 'boolean':
      return value ? (locale === 'zh-CN' ? '是' : 'yes') : locale === 'zh-CN' ? '否' : 'no';
    case 'enum': {
      const option = options?.find((o) => o.value === value);
      return option ? (locale === 'zh-CN' ? option.label.zh : option.label.en) : String(value);
    }
    case 'string-list':
      return (value as readonly string[]).join(locale === 'zh-CN' ? '、' : ', ');
    case 'string':
      return String(value);
  }
}

/** A runtime value as plain JSON for traces: numbers as numbers, dates as 'YYYY-MM-DD'. */
export function toJsonValue(value: RuntimeValue, type: FactType): number | string | boolean {
  if (type === 'date' && typeof value === 'number') return formatDate(value);
  if (typeof value === 'object' && !Array.isArray(value)) return q.toNumber(value as q.Rational);
  if (Array.isArray(value)) return value.join(',');
  return value as number | string | boolean;
}

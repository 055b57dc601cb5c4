/**
 * 数值展示 — facts, parameters and amounts as people read them, in the UI language: money with thousands
 * separators (6,000,000 元 / CNY 6,000,000), rates as percentages, enum values by their label, yes / no.
 * The same conventions as the server's sentences (core/rules/format-value.ts), applied to JSON values.
 */
import type { Language } from '../../../app/i18n/language';
import type { FormField } from '../policies-api';
import { percentOf, type ValueType } from './fact-values';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const precise = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** 1234567.891 → "1,234,567.89". */
export function formatNumber(value: number): string {
  return grouped.format(value);
}

/** Thousands separators in the whole part of a typed number ("1234567.8912" → "1,234,567.8912"), for inputs. */
export function groupDigits(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** An amount in yuan, or "—" for none. */
export function formatYuan(amount: number | null | undefined, language: Language): string {
  if (amount === null || amount === undefined) return '—';
  return language === 'en' ? `CNY ${grouped.format(amount)}` : `${grouped.format(amount)} 元`;
}

/** A signed change in yuan: "+250,000 元", "−1,000 元". */
export function formatYuanDelta(amount: number, language: Language): string {
  const sign = amount > 0 ? '+' : amount < 0 ? '−' : '';
  return `${sign}${formatYuan(Math.abs(amount), language)}`;
}

/** A signed count: "+12", "−3", "0". */
export function formatCountDelta(count: number): string {
  return count > 0 ? `+${formatNumber(count)}` : count < 0 ? `−${formatNumber(-count)}` : '0';
}

export function formatValue(type: ValueType, value: unknown, language: Language, options?: FormField['options']): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (type) {
    case 'money':
      return typeof value === 'number' ? formatYuan(value, language) : JSON.stringify(value);
    case 'rate':
      return typeof value === 'number' ? `${precise.format(percentOf(value))}%` : JSON.stringify(value);
    case 'number':
    case 'integer':
      return typeof value === 'number' ? precise.format(value) : JSON.stringify(value);
    case 'boolean':
      if (typeof value !== 'boolean') return JSON.stringify(value);
      return language === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
    case 'enum': {
      const option = options?.find((o) => o.value === value);
      return option ? (language === 'en' ? option.label.en : option.label.zh) : String(value);
    }
    case 'string-list':
      return Array.isArray(value) ? value.join(language === 'en' ? ', ' : '、') : String(value);
    case 'date':
    case 'string':
      // A parameter defined by a formula over others arrives as its expression: shown as it is.
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * 金额解析 — amounts as sources write them (1,000.50; 100万人民币; 12亿元; ￥3000) into 万元, the unit the
 * registry stores. A header may name the unit (注册资本（元）, 营业收入（千元）); a unit in the cell wins over it.
 * Amounts in another currency are not converted: they are refused, so no total mixes currencies.
 */
import { foldWidth } from './fold-width';
import type { AmountUnit } from '../mapping/registry-fields';

/** How many 万元 one unit is. */
const TEN_THOUSANDS: Readonly<Record<AmountUnit, number>> = { 元: 0.0001, 千元: 0.1, 万元: 1, 亿元: 10_000 };

const HEADER_UNIT = /[(（]\s*(亿元|万元|千元|元)\s*[)）]\s*$/;
const FOREIGN = /美元|港元|港币|欧元|日元|英镑|USD|HKD|EUR|JPY|GBP/i;
const AMOUNT = /^([+-]?\d+(?:\.\d+)?)\s*(亿|万|千)?\s*(?:元)?\s*(?:人民币|RMB|CNY)?$/i;

/** The unit a header names in brackets at its end, or null. */
export function unitOfHeader(header: string): AmountUnit | null {
  const match = HEADER_UNIT.exec(header);
  return match ? (match[1] as AmountUnit) : null;
}

/** 金额解析结果 — the amount in 万元, or why the cell is not one. */
export type ParsedAmount = { ok: true; value: number } | { ok: false; reason: 'foreign-currency' | 'not-a-number' };

export function parseAmount(text: string, unit: AmountUnit): ParsedAmount {
  const cleaned = foldWidth(text).replace(/[,\s¥￥]/g, '').replace(/^人民币/, '');
  if (FOREIGN.test(cleaned)) return { ok: false, reason: 'foreign-currency' };
  const match = AMOUNT.exec(cleaned);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const number = Number(match[1]);
  if (!Number.isFinite(number)) return { ok: false, reason: 'not-a-number' };
  const inCell = match[2] === '亿' ? '亿元' : match[2] === '万' ? '万元' : match[2] === '千' ? '千元' : null;
  const value = number * TEN_THOUSANDS[inCell ?? unit];
  // Four decimals of 万元 is one yuan: more would be floating-point noise from the unit conversion.
  return { ok: true, value: Math.round(value * 10_000) / 10_000 };
}

/** A head count: digits, optionally with thousands separators and 人. */
export function parseCount(text: string): number | null {
  const cleaned = foldWidth(text).replace(/[,\s]/g, '').replace(/人$/, '');
  if (!/^\d+(?:\.0+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * 数值格式 — counts, money (万元, as the sources give it) and file sizes as the registry shows them. Pure functions of
 * the UI language, so they are tested without a browser.
 */
import type { Language } from '../../app/i18n/language';
import type { Measure } from './registry-api';

const none = '—';

/** 12,345 — a whole number with grouping. */
export function formatCount(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** 1,234.56 — an amount in 万元, at most two decimals. */
export function formatAmount(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A measure's value: money as an amount, head-counts and enterprises as counts. */
export function formatMeasure(measure: Measure, value: number | null | undefined, language: Language): string {
  return measure === 'count' || measure === 'employees' ? formatCount(value, language) : formatAmount(value, language);
}

/** 1.5 MB — a file size in binary units. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return none;
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** 42% — a 0..1 share as a whole percentage for a progress bar, never past the ends. */
export function toPercent(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

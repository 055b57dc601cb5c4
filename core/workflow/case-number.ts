/**
 * 办件编号 — PREFIX-YEAR-SEQUENCE, e.g. ZJZX-2026-000123: the prefix from the workflow definition, the year of
 * submission, and a sequence per prefix and year that the database allocates without gaps. Six digits at least;
 * a longer sequence keeps all its digits.
 */
import { AppError } from '../errors';

const PREFIX = /^[A-Z][A-Z0-9]{1,11}$/;
const CASE_NUMBER = /^([A-Z][A-Z0-9]{1,11})-(\d{4})-(\d{6,})$/;

export function formatCaseNumber(prefix: string, year: number, seq: number): string {
  if (!PREFIX.test(prefix)) throw new AppError('CASE_NUMBER_INVALID', { field: 'prefix', value: prefix });
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new AppError('CASE_NUMBER_INVALID', { field: 'year', value: String(year) });
  if (!Number.isSafeInteger(seq) || seq < 1) throw new AppError('CASE_NUMBER_INVALID', { field: 'seq', value: String(seq) });
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The parts of a case number, or undefined when the text is not one. */
export function parseCaseNumber(text: string): { prefix: string; year: number; seq: number } | undefined {
  const match = CASE_NUMBER.exec(text);
  if (!match) return undefined;
  const year = Number(match[2]);
  const seq = Number(match[3]);
  if (year < 2000 || seq < 1 || !Number.isSafeInteger(seq)) return undefined;
  // Only the canonical form: 0000123 is not another spelling of 000123.
  if (match[3]!.length > 6 && match[3]!.startsWith('0')) return undefined;
  return { prefix: match[1]!, year, seq };
}

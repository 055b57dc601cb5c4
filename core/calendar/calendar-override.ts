/**
 * 日历调整 — an administrator's correction of the official calendar for one day (a year `chinese-days` does not
 * know yet, a local holiday, a correction): the list an admin table holds, checked before it is used.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { isLocalDate, type LocalDate } from './local-date';

/** 日历调整 — one day declared a working day or a day off, and why. */
export interface CalendarOverride {
  date: LocalDate;
  kind: 'workday' | 'holiday';
  reason: string;
}

export const calendarOverrideSchema = z.strictObject({
  date: z.string().refine(isLocalDate, 'must be a real date written YYYY-MM-DD'),
  kind: z.enum(['workday', 'holiday']),
  reason: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

/** Checks a list of overrides; throws CALENDAR_OVERRIDE_INVALID naming the entry and field (a day listed twice too). */
export function parseCalendarOverrides(input: unknown): CalendarOverride[] {
  const parsed = z.array(calendarOverrideSchema).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('CALENDAR_OVERRIDE_INVALID', { path: formatPath(issue.path), reason: issue.message });
  }
  const seen = new Map<string, number>();
  parsed.data.forEach((override, i) => {
    const first = seen.get(override.date);
    if (first !== undefined) {
      throw new AppError('CALENDAR_OVERRIDE_INVALID', { path: `[${i}].date`, reason: `${override.date} is already listed at [${first}]` });
    }
    seen.set(override.date, i);
  });
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`)).join('');
}

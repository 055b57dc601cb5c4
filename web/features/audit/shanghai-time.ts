import { formatDateTime } from '../../app/format';

// The filter's date-time inputs speak Shanghai wall-clock time (how the log is shown), the API speaks ISO instants.

/** "2026-11-28T17:00" (Shanghai) → "2026-11-28T17:00:00+08:00"; anything else → undefined. */
export function shanghaiInputToIso(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  return `${value}:00+08:00`;
}

/** An ISO instant as the value of a datetime-local input in Shanghai time; "" when there is none. */
export function isoToShanghaiInput(iso: string | undefined): string {
  if (!iso) return '';
  const text = formatDateTime(iso);
  return text === iso || text === '—' ? '' : text.replace(' ', 'T');
}

/** The last `days` days up to now, as the from/to filter values. */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * 86_400_000).toISOString(), to: now.toISOString() };
}

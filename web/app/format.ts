// Time is stored in UTC and shown in Asia/Shanghai (DESIGN.md §7), whatever the browser's own zone.
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-11-28 17:13:45" in Shanghai time, or "—" for nothing. */
export function formatDateTime(iso: string | null | undefined, { seconds = false }: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = dateTime.format(date);
  return seconds ? text : text.slice(0, 16);
}

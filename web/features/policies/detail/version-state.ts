/**
 * 版本状态 — whether a version is in force on a day, over, or still to come (a version published from a draft
 * may start in the future). Days are Shanghai days, as the server counts them.
 */
import type { VersionSpan } from '../policies-api';

export type VersionState = 'past' | 'current' | 'upcoming';

const shanghaiDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDay.format(now);
}

export function versionState(version: Pick<VersionSpan, 'validFrom' | 'validTo'>, day: string): VersionState {
  if (day < version.validFrom) return 'upcoming';
  if (version.validTo !== null && day > version.validTo) return 'past';
  return 'current';
}

/**
 * 版本校验 — a policy's versions follow each other without overlap or gap: in order of validFrom, each but the
 * last closed by validTo (inclusive), and the next starting the day after. Version numbers rise with the dates.
 */
import { formatDate, nextDay, parseIsoDate } from './dates';
import type { PolicyCatalogIssue } from './policy-types';

export interface VersionDates {
  version: number;
  validFrom: string;
  validTo?: string;
}

export function checkVersionDates(file: string, versions: readonly VersionDates[], issues: PolicyCatalogIssue[]): void {
  const add = (path: string, reason: string) => issues.push({ file, path, reason });
  versions.forEach((version, i) => {
    const from = parseIsoDate(version.validFrom)!;
    const to = version.validTo === undefined ? undefined : parseIsoDate(version.validTo)!;
    if (to !== undefined && to < from) add(`versions[${i}].validTo`, `validTo ${version.validTo} is before validFrom ${version.validFrom}`);
    const previous = versions[i - 1];
    if (!previous) return;
    if (version.version <= previous.version) {
      add(`versions[${i}].version`, `version numbers rise with the dates: ${version.version} follows ${previous.version}`);
    }
    const previousFrom = parseIsoDate(previous.validFrom)!;
    if (from <= previousFrom) {
      add(`versions[${i}].validFrom`, `versions must be in order of validFrom: ${version.validFrom} is not after ${previous.validFrom}`);
      return;
    }
    if (previous.validTo === undefined) {
      add(
        `versions[${i - 1}].validTo`,
        `overlapping versions: version ${previous.version} has no validTo (open-ended) but version ${version.version} starts ${version.validFrom}`,
      );
      return;
    }
    const expected = nextDay(parseIsoDate(previous.validTo)!);
    if (from < expected) {
      add(
        `versions[${i}].validFrom`,
        `overlapping versions: version ${previous.version} runs to ${previous.validTo}, version ${version.version} starts ${version.validFrom}`,
      );
    } else if (from > expected) {
      add(
        `versions[${i}].validFrom`,
        `gap in effective dates: version ${previous.version} ends ${previous.validTo}, version ${version.version} starts ${version.validFrom}; nothing is in force from ${formatDate(expected)}`,
      );
    }
  });
}

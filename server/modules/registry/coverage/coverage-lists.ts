/**
 * 应统尽统名单 — the two lists of the coverage report, as conditions on an enterprise (alias e):
 * missing — placed in the zone from a registration or tax record, active, but with no record in the statistics
 * directory; outside — in the directory but placed outside the zone. Both have a partial index of their own.
 */
export const COVERAGE_LISTS = ['missing', 'outside'] as const;
export type CoverageList = (typeof COVERAGE_LISTS)[number];

export const COVERAGE_CONDITIONS: Record<CoverageList, string> = {
  missing: `e.in_zone and not e.in_directory and e.status = 'active'`,
  outside: `e.in_directory and e.in_zone = false`,
};

/**
 * 组织与来源引用检查 — the checks across records of zone.yaml, organisations.yaml and responsibilities.yaml that a
 * per-record schema cannot make: unique ids and codes, parents that exist and form one tree, sources that are
 * listed (and official when a fact claims `verified: true`), lead and support units that exist.
 */
import type { OrgUnit, ZonePack } from './zone-pack.schema';
import { ZONE_PACK_FILES } from './zone-pack.schema';
import type { ZonePackIssue } from './zone-pack-issue';

const ORGS = ZONE_PACK_FILES.organisations;
const RESPONSIBILITIES = ZONE_PACK_FILES.responsibilities;

/** Issues of sources, units and responsibilities; an empty list when all references hold. */
export function checkUnitReferences(pack: Omit<ZonePack, 'layers'>): ZonePackIssue[] {
  return [...checkSources(pack), ...checkUnits(pack), ...checkResponsibilities(pack)];
}

/** A citation's source id: the part before `#`. */
export function sourceIdOf(ref: string): string {
  return ref.split('#', 1)[0]!;
}

/** Checks one cited fact: its source is listed, and `verified: true` rests on an official source. */
export function checkFact(
  pack: Pick<ZonePack, 'zone'>,
  fact: { source: string; verified: boolean },
  file: string,
  path: string,
): ZonePackIssue[] {
  const source = pack.zone.sources.find((s) => s.id === sourceIdOf(fact.source));
  if (!source) {
    return [{ file, path: `${path}source`, reason: `unknown source "${sourceIdOf(fact.source)}" (list it under sources in zone.yaml)` }];
  }
  if (fact.verified && !source.official) {
    return [{ file, path: `${path}verified`, reason: `verified: true needs an official source; "${source.id}" is not official` }];
  }
  return [];
}

function checkSources(pack: Omit<ZonePack, 'layers'>): ZonePackIssue[] {
  const issues = findDuplicates(pack.zone.sources.map((s) => s.id)).map(({ index, first, value }) => ({
    file: ZONE_PACK_FILES.zone,
    path: `sources[${index}].id`,
    reason: `duplicate source id "${value}" (first at sources[${first}])`,
  }));
  return [...issues, ...checkFact(pack, pack.zone, ZONE_PACK_FILES.zone, '')];
}

function checkUnits(pack: Omit<ZonePack, 'layers'>): ZonePackIssue[] {
  const { units } = pack;
  const issues: ZonePackIssue[] = [];
  for (const { index, first, value } of findDuplicates(units.map((u) => u.id))) {
    issues.push({ file: ORGS, path: `units[${index}].id`, reason: `duplicate id "${value}" (first at units[${first}])` });
  }
  const codes = units.map((u) => ('code' in u ? u.code : undefined));
  for (const { index, first, value } of findDuplicates(codes)) {
    issues.push({ file: ORGS, path: `units[${index}].code`, reason: `duplicate code "${value}" (first at units[${first}])` });
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const roots = units.filter((u) => u.kind === 'zone');
  if (roots.length !== 1) {
    issues.push({ file: ORGS, path: 'units', reason: `needs exactly one unit of kind "zone" (the root), found ${roots.length}` });
  }
  units.forEach((unit, i) => {
    const at = `units[${i}].`;
    issues.push(...checkFact(pack, unit, ORGS, at), ...checkParent(unit, byId, at));
    if ('code' in unit) issues.push(...checkCodes(pack, unit, at));
  });
  issues.push(...findCycles(units));
  return issues;
}

function checkParent(unit: OrgUnit, byId: Map<string, OrgUnit>, at: string): ZonePackIssue[] {
  const path = `${at}parent`;
  if (unit.kind === 'zone') {
    return unit.parent === null ? [] : [{ file: ORGS, path, reason: 'the zone unit is the root: its parent must be null' }];
  }
  if (unit.parent === null) return [{ file: ORGS, path, reason: 'only the zone unit may have no parent' }];
  const parent = byId.get(unit.parent);
  if (!parent) return [{ file: ORGS, path, reason: `unknown unit "${unit.parent}"` }];
  if (unit.kind === 'working-group' && parent.kind !== 'joint-meeting') {
    return [{ file: ORGS, path, reason: `a working group belongs to a joint meeting; "${parent.id}" is a ${parent.kind}` }];
  }
  return [];
}

function checkCodes(pack: Omit<ZonePack, 'layers'>, unit: Extract<OrgUnit, { code: string }>, at: string): ZonePackIssue[] {
  const issues: ZonePackIssue[] = [];
  if (!unit.code12.startsWith(unit.code)) {
    issues.push({ file: ORGS, path: `${at}code12`, reason: `must start with the 9-digit code ${unit.code}` });
  }
  const counties = pack.zone.countyCodes;
  if (counties && !counties.some((c) => unit.code.startsWith(c))) {
    issues.push({ file: ORGS, path: `${at}code`, reason: `must start with a county code of the zone (${counties.join(', ')})` });
  }
  if (!pack.zone.sources.some((s) => s.id === sourceIdOf(unit.codeSource))) {
    issues.push({ file: ORGS, path: `${at}codeSource`, reason: `unknown source "${sourceIdOf(unit.codeSource)}"` });
  }
  return issues;
}

// A parent chain that loops never reaches the root; report each loop once, at its first unit in file order.
function findCycles(units: OrgUnit[]): ZonePackIssue[] {
  const index = new Map(units.map((u, i) => [u.id, i]));
  const reported = new Set<string>();
  const issues: ZonePackIssue[] = [];
  units.forEach((unit, i) => {
    const seen: string[] = [];
    let current: OrgUnit | undefined = unit;
    while (current && current.parent !== null && !seen.includes(current.id)) {
      seen.push(current.id);
      const parentIndex = index.get(current.parent);
      current = parentIndex === undefined ? undefined : units[parentIndex];
    }
    if (current && seen.includes(current.id) && current.id === unit.id && !reported.has(unit.id)) {
      seen.forEach((id) => reported.add(id));
      issues.push({ file: ORGS, path: `units[${i}].parent`, reason: `parents form a loop: ${[...seen, unit.id].join(' → ')}` });
    }
  });
  return issues;
}

function checkResponsibilities(pack: Omit<ZonePack, 'layers'>): ZonePackIssue[] {
  const ids = new Set(pack.units.map((u) => u.id));
  const issues: ZonePackIssue[] = findDuplicates(pack.responsibilities.map((r) => r.id)).map(({ index, first, value }) => ({
    file: RESPONSIBILITIES,
    path: `responsibilities[${index}].id`,
    reason: `duplicate id "${value}" (first at responsibilities[${first}])`,
  }));
  pack.responsibilities.forEach((row, i) => {
    const at = `responsibilities[${i}].`;
    issues.push(...checkFact(pack, row, RESPONSIBILITIES, at));
    for (const role of ['lead', 'support'] as const) {
      row[role].forEach((unitId, j) => {
        const path = `${at}${role}[${j}]`;
        if (!ids.has(unitId)) issues.push({ file: RESPONSIBILITIES, path, reason: `unknown unit "${unitId}"` });
        else if (row[role].indexOf(unitId) !== j) issues.push({ file: RESPONSIBILITIES, path, reason: `"${unitId}" is listed twice` });
        else if (role === 'support' && row.lead.includes(unitId)) {
          issues.push({ file: RESPONSIBILITIES, path, reason: `"${unitId}" already leads this matter` });
        }
      });
    }
  });
  return issues;
}

/** Second and later occurrences of a value, with the index of its first; undefined values are ignored. */
export function findDuplicates<T>(values: readonly (T | undefined)[]): { index: number; first: number; value: T }[] {
  const firstAt = new Map<T, number>();
  const duplicates: { index: number; first: number; value: T }[] = [];
  values.forEach((value, index) => {
    if (value === undefined) return;
    const first = firstAt.get(value);
    if (first === undefined) firstAt.set(value, index);
    else duplicates.push({ index, first, value });
  });
  return duplicates;
}

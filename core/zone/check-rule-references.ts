/**
 * 地名库与路由引用检查 — the checks of gazetteer.yaml and routing.yaml against organisations.yaml and zone.yaml:
 * towns, statistical units and bodies that exist and are of the right kind, listed sources, no town twice, other
 * towns that are not the zone's own, and every case type routed in both areas of the zone.
 */
import { checkFact, findDuplicates } from './check-unit-references';
import type { Gazetteer } from './gazetteer.schema';
import type { RoutingRules } from './routing.schema';
import type { OrgUnit, UnitKind, ZonePack } from './zone-pack.schema';
import { OPTIONAL_ZONE_PACK_FILES } from './zone-pack.schema';
import type { ZonePackIssue } from './zone-pack-issue';

const GAZETTEER = OPTIONAL_ZONE_PACK_FILES.gazetteer;
const ROUTING = OPTIONAL_ZONE_PACK_FILES.routing;

export function checkGazetteerReferences(pack: Pick<ZonePack, 'zone' | 'units'>, gazetteer: Gazetteer): ZonePackIssue[] {
  const issues: ZonePackIssue[] = [];
  const byId = new Map(pack.units.map((u) => [u.id, u]));
  const expectKind = (id: string, kind: UnitKind, path: string) => {
    const unit = byId.get(id);
    if (unit?.kind !== kind) issues.push({ file: GAZETTEER, path, reason: `no unit of kind "${kind}" with id "${id}" in organisations.yaml` });
  };
  const { region } = gazetteer;
  issues.push(...checkFact(pack, region, GAZETTEER, 'region.'));
  if (pack.zone.countyCodes && !pack.zone.countyCodes.includes(region.countyCode)) {
    issues.push({ file: GAZETTEER, path: 'region.countyCode', reason: `"${region.countyCode}" is not among the zone's countyCodes` });
  }
  gazetteer.towns.forEach((entry, i) => {
    expectKind(entry.town, 'town', `towns[${i}].town`);
    issues.push(...checkFact(pack, entry, GAZETTEER, `towns[${i}].`));
    for (const { index, value } of findDuplicates(entry.roads)) {
      issues.push({ file: GAZETTEER, path: `towns[${i}].roads[${index}]`, reason: `road "${value}" is listed twice` });
    }
  });
  for (const { index, first, value } of findDuplicates(gazetteer.towns.map((t) => t.town))) {
    issues.push({ file: GAZETTEER, path: `towns[${index}].town`, reason: `town "${value}" is already towns[${first}]` });
  }
  gazetteer.statisticalUnits.forEach((entry, i) => {
    expectKind(entry.unit, 'statistical-unit', `statisticalUnits[${i}].unit`);
    entry.bodies.forEach((body, j) => expectKind(body, 'body', `statisticalUnits[${i}].bodies[${j}]`));
    issues.push(...checkFact(pack, entry, GAZETTEER, `statisticalUnits[${i}].`));
  });
  gazetteer.areas.forEach((area, i) => {
    expectKind(area.town, 'town', `areas[${i}].town`);
    expectKind(area.body, 'body', `areas[${i}].body`);
    issues.push(...checkFact(pack, area, GAZETTEER, `areas[${i}].`));
  });
  if (gazetteer.otherTowns) {
    issues.push(...checkFact(pack, gazetteer.otherTowns, GAZETTEER, 'otherTowns.'));
    gazetteer.otherTowns.towns.forEach((town, i) => {
      if (byId.has(town.code)) issues.push({ file: GAZETTEER, path: `otherTowns.towns[${i}].code`, reason: `"${town.code}" is a unit of the zone, not another town` });
      if (!town.code.startsWith(region.countyCode)) {
        issues.push({ file: GAZETTEER, path: `otherTowns.towns[${i}].code`, reason: `"${town.code}" is not in county ${region.countyCode}` });
      }
    });
  }
  return issues;
}

export function checkRoutingReferences(pack: Pick<ZonePack, 'zone' | 'units'>, routing: RoutingRules): ZonePackIssue[] {
  const issues: ZonePackIssue[] = [];
  const byId = new Map<string, OrgUnit>(pack.units.map((u) => [u.id, u]));
  const caseTypeIds = new Set(routing.caseTypes.map((c) => c.id));
  for (const { index, first, value } of findDuplicates(routing.caseTypes.map((c) => c.id))) {
    issues.push({ file: ROUTING, path: `caseTypes[${index}].id`, reason: `duplicate case type "${value}" (first at caseTypes[${first}])` });
  }
  for (const { index, first, value } of findDuplicates(routing.routes.map((r) => r.id))) {
    issues.push({ file: ROUTING, path: `routes[${index}].id`, reason: `duplicate route "${value}" (first at routes[${first}])` });
  }
  const covered = new Map<string, number>();
  routing.routes.forEach((route, i) => {
    const at = `routes[${i}].`;
    issues.push(...checkFact(pack, route, ROUTING, at));
    route.caseTypes.forEach((caseType, j) => {
      if (!caseTypeIds.has(caseType)) issues.push({ file: ROUTING, path: `${at}caseTypes[${j}]`, reason: `unknown case type "${caseType}"` });
      for (const area of route.areas) {
        const key = `${caseType}/${area}`;
        if (covered.has(key)) issues.push({ file: ROUTING, path: `${at}areas`, reason: `${key} is already routed by routes[${covered.get(key)}]` });
        else covered.set(key, i);
      }
    });
    route.steps.forEach((step, s) => {
      const stepAt = `${at}steps[${s}].`;
      for (const field of ['units', 'participants', 'to'] as const) {
        step[field].forEach((ref, k) => {
          if (!ref.startsWith('$') && !byId.has(ref)) issues.push({ file: ROUTING, path: `${stepAt}${field}[${k}]`, reason: `unknown unit "${ref}"` });
        });
      }
      if (step.inNameOf !== undefined && !byId.has(step.inNameOf)) {
        issues.push({ file: ROUTING, path: `${stepAt}inNameOf`, reason: `unknown unit "${step.inNameOf}"` });
      }
      if (step.source !== undefined) issues.push(...checkFact(pack, { source: step.source, verified: step.verified ?? false }, ROUTING, stepAt));
    });
  });
  routing.caseTypes.forEach((caseType, i) => {
    for (const area of ['original', 'expansion'] as const) {
      if (!covered.has(`${caseType.id}/${area}`)) {
        issues.push({ file: ROUTING, path: `caseTypes[${i}]`, reason: `no route for "${caseType.id}" in the ${area} area` });
      }
    }
  });
  return issues;
}

/**
 * 地址簿 — the gazetteer, the zone's units and the town → bodies map joined into the lookups the parser and the
 * resolver use: every place name (with its aliases) and every road, longest first so that the longest name wins
 * (康桥东路 before 康桥路, 川沙新镇 before 川沙).
 */
import type { Gazetteer } from '../../zone/gazetteer.schema';
import type { AddressUnit, TownBodies } from './address-types';

/** 地名 — what a known name stands for. */
export type Place =
  | { readonly kind: 'town' | 'statistical-unit'; readonly code: string }
  | { readonly kind: 'area'; readonly id: string; readonly town: string; readonly body: string }
  | { readonly kind: 'other-town'; readonly code: string; readonly name: string };

/** 地址簿 */
export interface AddressBook {
  readonly version: string;
  readonly region: Gazetteer['region'];
  /** Every known place name and alias, longest first. */
  readonly placeNames: readonly string[];
  readonly places: ReadonlyMap<string, Place>;
  /** Every road, longest first, with the codes of the towns it runs through. */
  readonly roadNames: readonly string[];
  readonly roads: ReadonlyMap<string, readonly string[]>;
  /** Towns and statistical units of the zone, by code. */
  readonly towns: ReadonlyMap<string, Extract<AddressUnit, { code: string }>>;
  readonly bodies: ReadonlyMap<string, Extract<AddressUnit, { kind: 'body' }>>;
  /** The county's towns that are not in the zone, by code. */
  readonly otherTowns: ReadonlyMap<string, string>;
  /** Which bodies each town or statistical unit lies in. */
  readonly townBodies: ReadonlyMap<string, TownBodies>;
}

/**
 * `townBodies` gives, per town code, the bodies its territory falls in (from the layers, see measureTownBodies);
 * statistical units take theirs from the gazetteer.
 */
export function buildAddressBook(
  gazetteer: Gazetteer,
  units: readonly AddressUnit[],
  townBodies: ReadonlyMap<string, TownBodies>,
): AddressBook {
  const towns = new Map<string, Extract<AddressUnit, { code: string }>>();
  const bodies = new Map<string, Extract<AddressUnit, { kind: 'body' }>>();
  for (const unit of units) {
    if (unit.kind === 'body') bodies.set(unit.id, unit);
    else towns.set(unit.code, unit);
  }
  const places = new Map<string, Place>();
  const addPlace = (name: string, place: Place) => {
    if (!places.has(name)) places.set(name, place);
  };
  for (const town of towns.values()) addPlace(town.name, { kind: town.kind, code: town.code });
  for (const entry of gazetteer.towns) for (const alias of entry.aliases) addPlace(alias, { kind: 'town', code: entry.town });
  for (const entry of gazetteer.statisticalUnits) {
    for (const alias of entry.aliases) addPlace(alias, { kind: 'statistical-unit', code: entry.unit });
  }
  for (const area of gazetteer.areas) {
    for (const name of [area.name, ...area.aliases]) addPlace(name, { kind: 'area', id: area.id, town: area.town, body: area.body });
  }
  const otherTowns = new Map<string, string>();
  for (const town of gazetteer.otherTowns?.towns ?? []) {
    otherTowns.set(town.code, town.name);
    addPlace(town.name, { kind: 'other-town', code: town.code, name: town.name });
  }

  const roads = new Map<string, string[]>();
  for (const entry of gazetteer.towns) {
    for (const road of entry.roads) {
      const list = roads.get(road) ?? [];
      if (!list.includes(entry.town)) list.push(entry.town);
      roads.set(road, list);
    }
  }

  const coverage = new Map<string, TownBodies>(townBodies);
  for (const entry of gazetteer.statisticalUnits) {
    coverage.set(entry.unit, { bodies: entry.bodies, partlyOutside: entry.partlyOutside });
  }
  return {
    version: gazetteer.version,
    region: gazetteer.region,
    placeNames: sortLongestFirst(places.keys()),
    places,
    roadNames: sortLongestFirst(roads.keys()),
    roads,
    towns,
    bodies,
    otherTowns,
    townBodies: coverage,
  };
}

function sortLongestFirst(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * 企业定位 — places enterprises in the zone through the territory resolver: by coordinates when a source gives them
 * (converted to WGS-84, resolved in one batch: area, town, body, community), else by address through the gazetteer
 * (its statistical division code first, then the first of its addresses, most trusted first, that says anything:
 * town and body). An address
 * whose town is split between bodies keeps the town, and the area and whether it is in the zone when the town's
 * bodies agree on them, but stays unplaced (no body) for an officer to finish.
 */
import { resolveAddress, MAX_ADDRESS_LENGTH, type AddressBook, type AddressResolution } from '../../../../core/territory/address';
import { AREA_BY_CODE, convertCoordinates, type Crs } from '../../../../core/territory';
import type { Territory } from '../../territory';
import { UNPLACED, type EnterpriseLocation } from './enterprise-location';

/** What an enterprise offers to be placed by. */
export interface LocationEvidence {
  readonly point: { readonly lng: number; readonly lat: number; readonly crs: Crs } | null;
  /** 区划代码 the statistics directory gives (12 digits; its first 9 are the town), most trusted first. */
  readonly divisionCodes: readonly string[];
  /** Its addresses, most trusted first. */
  readonly addresses: readonly string[];
}

export function locateEnterprises(territory: Territory, evidence: readonly LocationEvidence[]): EnterpriseLocation[] {
  const locations = new Array<EnterpriseLocation>(evidence.length).fill(UNPLACED);
  locateByCoordinates(territory, evidence, locations);
  const cache = new Map<string, EnterpriseLocation | null>();
  evidence.forEach((item, i) => {
    if (locations[i] !== UNPLACED || territory.addressBook === null) return;
    const book = territory.addressBook;
    for (const code of item.divisionCodes) {
      const located = locateDivisionCode(book, code);
      if (located) {
        locations[i] = located;
        return;
      }
    }
    // The first address that says anything (placed, outside, or its town) decides: resolving is not cheap, and a
    // less trusted address that disagrees is no better evidence.
    for (const address of item.addresses) {
      let located = cache.get(address);
      if (located === undefined) {
        located = locateAddress(territory, address);
        cache.set(address, located);
      }
      if (located) {
        locations[i] = located;
        return;
      }
    }
  });
  return locations;
}

function locateByCoordinates(territory: Territory, evidence: readonly LocationEvidence[], locations: EnterpriseLocation[]): void {
  const indices = evidence.flatMap((item, i) => (item.point ? [i] : []));
  if (indices.length === 0) return;
  const lons = new Float64Array(indices.length);
  const lats = new Float64Array(indices.length);
  indices.forEach((i, k) => {
    const { lng, lat, crs } = evidence[i]!.point!;
    [lons[k], lats[k]] = crs === 'wgs84' ? [lng, lat] : convertCoordinates(lng, lat, crs, 'wgs84');
  });
  const columns = territory.resolver.resolveColumns(lons, lats, 'wgs84');
  const { towns, bodies, communities } = territory.names;
  indices.forEach((i, k) => {
    const area = AREA_BY_CODE[columns.area[k]!]!;
    locations[i] = {
      area: area === 'outside' ? null : area,
      inZone: area !== 'outside',
      townCode: columns.town[k]! >= 0 ? (towns[columns.town[k]!]!.code ?? null) : null,
      bodyId: columns.body[k]! >= 0 ? bodies[columns.body[k]!]!.id : null,
      community: columns.community[k]! >= 0 ? communities[columns.community[k]!]!.id : null,
      lng: lons[k]!,
      lat: lats[k]!,
      locatedBy: 'coordinates',
    };
  });
}

/** An address's location; UNPLACED-like (locatedBy null) with the town when only the town is known; null when nothing is. */
function locateAddress(territory: Territory, address: string): EnterpriseLocation | null {
  const text = address.trim();
  if (text === '' || text.length > MAX_ADDRESS_LENGTH) return null;
  return fromAddressResolution(territory.addressBook!, resolveAddress(territory.addressBook!, text));
}

export function fromAddressResolution(book: AddressBook, resolution: AddressResolution): EnterpriseLocation | null {
  switch (resolution.status) {
    case 'placed':
      return { ...UNPLACED, area: resolution.body!.area, inZone: true, townCode: resolution.town!.code, bodyId: resolution.body!.id, locatedBy: 'address' };
    case 'outside':
      return { ...UNPLACED, inZone: false, locatedBy: 'address' };
    case 'needs-manual-location':
      return resolution.town ? locateInTownOnly(book, resolution.town.code) : null;
  }
}

/**
 * A statistical division code: its town is in the zone (the body follows when the town lies wholly in one body's
 * area), or another town of the county, or another county altogether (outside). Null for a code not understood.
 */
function locateDivisionCode(book: AddressBook, code: string): EnterpriseLocation | null {
  if (!/^\d{9}(?:\d{3})?$/.test(code)) return null;
  const town = code.slice(0, 9);
  if (book.towns.has(town)) {
    const coverage = book.townBodies.get(town);
    const body = coverage && coverage.bodies.length === 1 && !coverage.partlyOutside ? book.bodies.get(coverage.bodies[0]!) : undefined;
    return body ? { ...UNPLACED, area: body.area, inZone: true, townCode: town, bodyId: body.id, locatedBy: 'address' } : locateInTownOnly(book, town);
  }
  if (book.otherTowns.has(town) || !code.startsWith(book.region.countyCode)) return { ...UNPLACED, inZone: false, locatedBy: 'address' };
  return null;
}

/** A town without its body: in the zone when the town lies wholly inside it; its area when all its bodies share one. */
function locateInTownOnly(book: AddressBook, townCode: string): EnterpriseLocation {
  const coverage = book.townBodies.get(townCode);
  const areas = new Set((coverage?.bodies ?? []).map((id) => book.bodies.get(id)?.area));
  const inZone = coverage !== undefined && coverage.bodies.length > 0 && !coverage.partlyOutside;
  const area = inZone && areas.size === 1 ? ([...areas][0] ?? null) : null;
  return { ...UNPLACED, townCode, inZone: inZone ? true : null, area };
}

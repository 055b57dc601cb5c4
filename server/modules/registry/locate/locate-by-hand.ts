/**
 * 手工定位 — an officer places an enterprise: by a point (any CRS the resolver knows; stored in WGS-84, with area,
 * town, body and community from the layers) or by naming its town (the body follows when the town lies wholly in
 * one body's area and inside the zone). Either way the location is 'manual' and survives later resolutions.
 */
import { AppError } from '../../../../core/errors';
import type { Crs } from '../../../../core/territory';
import type { Territory } from '../../territory';
import { UNPLACED, type EnterpriseLocation } from './enterprise-location';

export function locateByPoint(territory: Territory, point: { lng: number; lat: number; crs?: Crs }): EnterpriseLocation {
  const resolution = territory.resolver.resolve(point.lng, point.lat, point.crs ?? 'wgs84');
  return {
    area: resolution.area === 'outside' ? null : resolution.area,
    inZone: resolution.area !== 'outside',
    townCode: resolution.town?.code ?? null,
    bodyId: resolution.body?.id ?? null,
    community: resolution.community?.id ?? null,
    lng: resolution.wgs84.lon,
    lat: resolution.wgs84.lat,
    locatedBy: 'manual',
  };
}

export function locateByTown(territory: Territory, townCode: string, field = 'townCode'): EnterpriseLocation {
  const book = territory.addressBook;
  const town = book?.towns.get(townCode) ?? territory.names.towns.find((t) => t.code === townCode);
  if (!town) throw new AppError('REGISTRY_TOWN_UNKNOWN', { field, fields: [field], townCode });
  const coverage = book?.townBodies.get(townCode);
  const bodies = coverage?.bodies ?? [];
  const body = bodies.length === 1 && !coverage!.partlyOutside ? (book!.bodies.get(bodies[0]!) ?? null) : null;
  return {
    ...UNPLACED,
    area: body?.area ?? null,
    inZone: coverage?.partlyOutside ? null : true,
    townCode,
    bodyId: body?.id ?? null,
    locatedBy: 'manual',
  };
}

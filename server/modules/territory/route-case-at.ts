/**
 * 办件路线 — GET /api/territory/route: a case type and a location (a point, or an address) → the route of units
 * from the zone's routing rules, with the location answer it rests on.
 */
import { AppError } from '../../../core/errors';
import { locateAddress, locateResolution, type CaseRoute } from '../../../core/routing';
import { resolveAddress, type AddressResolution } from '../../../core/territory/address';
import type { Territory } from './build-territory';
import { locatePoint, type PointQuery } from './locate-point';
import type { PresentedResolution } from './present-resolution';

export interface RouteQuery extends PointQuery {
  caseType?: string | undefined;
  address?: string | undefined;
}

/** 办件路线答复 — the route and where the applicant was found. */
export type RouteAnswer = CaseRoute & {
  location: { kind: 'point'; resolution: PresentedResolution } | { kind: 'address'; address: AddressResolution };
};

export function routeCaseAt(territory: Territory, query: RouteQuery): RouteAnswer {
  const router = getRouter(territory);
  // The case type is checked first, so a bad one is reported even when the location is bad too.
  router.route(query.caseType, { status: 'outside' });
  if (query.address !== undefined && (query.lon !== undefined || query.lat !== undefined)) {
    throw new AppError('VALIDATION_FAILED', { issues: ['address: give either an address or lon and lat, not both'], fields: ['address'] });
  }
  if (query.address !== undefined) {
    const address = resolveAddress(getAddressBook(territory), query.address);
    return { ...router.route(query.caseType, locateAddress(address)), location: { kind: 'address', address } };
  }
  const resolution = locatePoint(territory, query);
  return {
    ...router.route(query.caseType, locateResolution({ area: resolution.area, body: resolution.body, town: resolution.town ? { code: resolution.town.code!, name: resolution.town.name } : null })),
    location: { kind: 'point', resolution },
  };
}

export function getAddressBook(territory: Territory) {
  if (!territory.addressBook) throw new AppError('NOT_FOUND', { what: 'the gazetteer of the zone (gazetteer.yaml)' });
  return territory.addressBook;
}

function getRouter(territory: Territory) {
  if (!territory.router) throw new AppError('NOT_FOUND', { what: 'the routing rules of the zone (routing.yaml)' });
  return territory.router;
}

/**
 * 路由定位 — turns an answer of the point resolver or of the address resolver into the location routing needs. Only
 * an address placed with its body counts as located: a town split between bodies, or partly outside the zone, may
 * lie in either area, and the route differs between them.
 */
import type { AddressResolution } from '../territory/address/address-types';
import type { Resolution } from '../territory/territory-layers';
import type { RouteLocation } from './route-types';

export function locateResolution(resolution: Pick<Resolution, 'area' | 'body' | 'town'>): RouteLocation {
  if (resolution.area === 'outside') return { status: 'outside' };
  return { status: 'located', area: resolution.area, bodyId: resolution.body?.id ?? null, townCode: resolution.town?.code ?? null };
}

export function locateAddress(answer: AddressResolution): RouteLocation {
  if (answer.status === 'outside') return { status: 'outside' };
  if (answer.status === 'placed' && answer.body !== null) {
    return { status: 'located', area: answer.body.area, bodyId: answer.body.id, townCode: answer.town?.code ?? null };
  }
  return { status: 'unknown', reason: answer.reason, reasonEn: answer.reasonEn };
}

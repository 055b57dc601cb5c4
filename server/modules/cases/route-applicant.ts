/**
 * 企业路线 — the route of a case from where the applicant enterprise is (the enterprise list's body and town): a
 * located enterprise is routed by the zone's rules; one without a location is held at intake for an officer to
 * locate by hand (routing never guesses).
 */
import type { CaseRoute, RouteLocation } from '../../../core/routing';
import { AppError } from '../../../core/errors';
import type { Territory } from '../territory';

export interface ApplicantLocation {
  bodyId: string | null;
  townCode: string | null;
}

export function routeApplicant(territory: Territory, caseType: string, location: ApplicantLocation): CaseRoute {
  if (!territory.router) throw new AppError('NOT_FOUND', { what: 'the routing rules of the zone (routing.yaml)' });
  const body = location.bodyId === null ? undefined : territory.units.find((u) => u.id === location.bodyId);
  const where: RouteLocation = body
    ? { status: 'located', area: body.area, bodyId: body.id, townCode: location.townCode }
    : { status: 'unknown', reason: '企业清单中没有该企业的位置', reasonEn: 'The enterprise list has no location for this enterprise' };
  return territory.router.route(caseType, where);
}

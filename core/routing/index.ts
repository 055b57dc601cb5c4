/**
 * 办件路由 — which units handle a case, by case type and location, from the zone's routing rules (pure).
 */
export { createCaseRouter, type CaseRouter } from './route-case';
export { locateAddress, locateResolution } from './locate-for-route';
export { STEP_ROLE_NAMES } from './step-role-names';
export type { CaseRoute, RouteLocation, RouteStatus, RouteStep, RoutingUnit, UnitRef } from './route-types';

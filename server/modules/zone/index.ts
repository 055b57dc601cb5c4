/** 园区模块 — the module's only door. */
export { zoneRoutes } from './zone.routes';
export type { ZoneRoutesOptions } from './zone.routes';
export { getZoneSummary } from './zone.repository';

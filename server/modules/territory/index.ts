/** 空间模块 — the module's only door: resolver, addresses and routes over HTTP, layer versions and their import. */
export { territoryRoutes } from './territory.routes';
export type { TerritoryRoutesOptions } from './territory-routes-options';
export { TerritoryPermission } from './territory.permissions';
export { importLayer, type ImportLayerResult } from './import-layer';
export { createTerritoryState, type TerritoryState } from './territory-state';
export { syncPackLayerVersions } from './sync-pack-layer-versions';
export { presentResolution, type PresentedResolution } from './present-resolution';
export { buildTerritory, type Territory } from './build-territory';

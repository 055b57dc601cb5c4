/** 政策模块 — the module's only door: the catalogue in force, self-check, matching, drafts, simulation, publication. */
export { policiesRoutes } from './policies.routes';
export type { PoliciesRoutesOptions } from './policies-routes-options';
export { PoliciesPermission } from './policies.permissions';
export { registryFacts, type RegistryFactsRow } from './registry-facts';
export { createPolicyCatalogueState, type PolicyCatalogueState } from './policy-catalogue-state';
export type { CatalogueInForce } from './load-catalogue-in-force';

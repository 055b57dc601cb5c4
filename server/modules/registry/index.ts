/** 企业清单模块 — the module's only door. */
export { registryRoutes } from './registry.routes';
export type { RegistryRoutesOptions } from './registry-routes-options';
export { RegistryPermission } from './registry.permissions';
export { importRegistryFile, DEFAULT_IMPORT_LIMIT_BYTES } from './import/import-registry-file';
export type { ImportProgress } from './import/run-import';
export { finishBatch, type Batch } from './import/import-batches.repository';
export { resolveRegistry, type ResolutionStats } from './resolve/resolve-registry';
export { loadDemoRegistry, type DemoRegistryResult } from './demo/load-demo-registry';
export { getDemoRegistryStatus, type DemoRegistryStatus } from './demo/demo-registry-status';

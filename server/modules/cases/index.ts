/** 办件模块 — the module's only door: intake (一门式受理), the workflow actions, deadlines, documents and lists. */
export { casesRoutes } from './cases.routes';
export type { CasesRoutesOptions } from './cases-routes-options';
export { CasesPermission } from './cases.permissions';

/** 账号模块 — the module's only door: users, units, roles and grants, sessions, tokens, enterprise registration. */
export { accountsRoutes } from './accounts.routes';
export type { AccountsRoutesOptions } from './accounts-routes-options';
export { AccountsPermission } from './accounts.permissions';
export { createAdmin, PLATFORM_ADMIN_ROLE } from './create-admin';
export { composeCreditCode } from './demo-credit-code';
export { ensureExpertPool, EXPERT_POOL_UNIT_ID } from './ensure-expert-pool';
export { DEMO_ACCOUNTS, DEMO_ENTERPRISES, DEMO_PASSWORD, seedDemoAccounts } from './seed-demo-accounts';

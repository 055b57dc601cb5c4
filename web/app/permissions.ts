/**
 * 权限标识 — the permission ids the UI looks for in `me.permissions` to build menus and tabs and to offer page-level
 * actions (create, export) that no object carries yet. The server declares them (accounts.permissions.ts,
 * audit.permissions.ts, territory.permissions.ts) and decides; what may be done to an object always comes with the object as `abilities`.
 */
export const Permission = {
  UserRead: 'accounts.user.read',
  UserManage: 'accounts.user.manage',
  RoleRead: 'accounts.role.read',
  RoleManage: 'accounts.role.manage',
  GrantRead: 'accounts.grant.read',
  GrantManage: 'accounts.grant.manage',
  UnitRead: 'accounts.unit.read',
  RegistrationRead: 'accounts.registration.read',
  RegistrationVerify: 'accounts.registration.verify',
  TokenManage: 'accounts.token.manage',
  AuditRead: 'audit.read',
  AuditVerify: 'audit.verify',
  TerritoryLayerImport: 'territory.layer.import',
  PolicyMatch: 'policies.match',
  PolicySimulate: 'policies.simulate',
  PolicyEdit: 'policies.edit',
  RegistryRead: 'registry.read',
  RegistryImport: 'registry.import',
  RegistryReview: 'registry.review',
  CaseApply: 'cases.apply',
  CaseRead: 'cases.read',
  CaseAct: 'cases.act',
  CaseSupervise: 'cases.supervise',
  CaseCalendarManage: 'cases.calendar.manage',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];

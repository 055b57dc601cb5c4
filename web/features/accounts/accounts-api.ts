/**
 * The accounts API as the UI sees it (server/modules/accounts/accounts.schema.ts is the contract). Every object
 * carries `abilities`: the actions this user may take on it, which is all the UI looks at to offer them.
 */
import type { UnitRef } from '../../app/auth/me';

export type { UnitRef };

/** 分页结果 — one page of a list and the total count. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** 用户状态 — active, disabled by an administrator, or pending verification of its registration. */
export type UserStatus = 'active' | 'disabled' | 'pending';

/** 用户 — an account as the user list shows it. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  status: UserStatus;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
  units: UnitRef[];
  /** disable | enable | reset-password | manage-units */
  abilities: string[];
}

/** 角色 — a named bundle of permissions. */
export interface Role {
  id: string;
  name: string;
  nameEn: string;
  permissions: string[];
  builtIn: boolean;
  /** update */
  abilities: string[];
}

/** 数据范围 — whole zone / own unit / own unit and below / own territory / own records. */
export type DataScope = 'zone' | 'unit' | 'unit-tree' | 'territory' | 'own';
export const dataScopes: readonly DataScope[] = ['zone', 'unit', 'unit-tree', 'territory', 'own'];

/** 授权 — a role granted to a user in a unit with a data scope. */
export interface Grant {
  id: string;
  userId: string;
  username: string;
  roleId: string;
  unitId: string;
  scope: DataScope;
  grantedBy: string | null;
  createdAt: string;
  /** revoke */
  abilities: string[];
}

/** 组织单位 — a unit of the organisation tree, or an enterprise (then with its credit code and location). */
export interface Unit {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  parentId: string | null;
  code: string | null;
  creditCode: string | null;
  bodyId: string | null;
  townCode: string | null;
}

/** 注册申请状态 */
export type RegistrationStatus = 'pending' | 'verified' | 'rejected';
export const registrationStatuses: readonly RegistrationStatus[] = ['pending', 'verified', 'rejected'];

/** 企业注册申请 — an enterprise staff account waiting for (or past) an intake officer's verification. */
export interface Registration {
  id: string;
  status: RegistrationStatus;
  creditCode: string;
  enterpriseName: string;
  contactName: string;
  contactPhone: string;
  bodyId: string | null;
  townCode: string | null;
  submittedUserId: string;
  submittedUsername: string;
  enterpriseUnitId: string | null;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reason: string | null;
  /** read | verify | reject */
  abilities: string[];
}

/** 注册统计 — counts per status within the caller's scope. */
export type RegistrationSummary = Record<RegistrationStatus, number>;

/** 会话 — one signed-in browser of the current user. */
export interface Session {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  clientAddress: string | null;
  userAgent: string | null;
  actingUnitId: string | null;
  /** revoke (the other sessions; the current one ends by signing out) */
  abilities: string[];
}

/** API 令牌 — a scoped credential for a system integration; its secret is shown once, at creation. */
export interface ApiToken {
  id: string;
  name: string;
  actingUnitId: string;
  permissions: string[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** revoke */
  abilities: string[];
}

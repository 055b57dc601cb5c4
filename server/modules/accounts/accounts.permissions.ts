/** 账号权限 — what the accounts module lets roles do. Built-in roles carry them from the accounts migration. */
import { declarePermissions } from '../../platform/auth';

export const AccountsPermission = declarePermissions('accounts', {
  UserRead: { id: 'accounts.user.read', zh: '查看用户', en: 'View users' },
  UserManage: { id: 'accounts.user.manage', zh: '管理用户（新建、停用、重置密码、所属单位）', en: 'Manage users (create, disable, reset password, units)' },
  RoleRead: { id: 'accounts.role.read', zh: '查看角色', en: 'View roles' },
  RoleManage: { id: 'accounts.role.manage', zh: '管理角色', en: 'Manage roles' },
  GrantRead: { id: 'accounts.grant.read', zh: '查看授权', en: 'View grants' },
  GrantManage: { id: 'accounts.grant.manage', zh: '授予和撤销角色', en: 'Grant and revoke roles' },
  UnitRead: { id: 'accounts.unit.read', zh: '查看组织与企业单位', en: 'View organisation and enterprise units' },
  RegistrationRead: { id: 'accounts.registration.read', zh: '查看企业注册申请', en: 'View enterprise registrations' },
  RegistrationVerify: { id: 'accounts.registration.verify', zh: '审核企业注册申请', en: 'Verify or reject enterprise registrations' },
  TokenManage: { id: 'accounts.token.manage', zh: '管理本人的 API 令牌', en: 'Manage one\u2019s own API tokens' },
});

export type AccountsPermission = (typeof AccountsPermission)[keyof typeof AccountsPermission];

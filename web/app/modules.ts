import {
  ApartmentOutlined,
  AuditOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  ReadOutlined,
  RocketOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { Permission } from './permissions';

/** 功能模块 — the feature folders of DESIGN.md §4, named the same on server and web. */
export type ModuleKey =
  | 'home'
  | 'territory'
  | 'registry'
  | 'policies'
  | 'cases'
  | 'approvals'
  | 'projects'
  | 'meetings'
  | 'investment'
  | 'accounts'
  | 'audit';

/** 菜单分组 — how the side menu groups the modules. */
export type NavGroup = 'groupOverview' | 'groupTerritory' | 'groupServices' | 'groupCoordination' | 'groupAdmin';

/** 菜单项 — one module as the navigation shows it. */
export interface ModuleEntry {
  key: ModuleKey;
  path: string;
  group: NavGroup;
  icon: ComponentType;
  /**
   * Shown only to a signed-in user whose acting unit holds one of these (the server's list in `me`); modules
   * without it are shown to everyone, and their pages ask anonymous visitors to sign in.
   */
  permissions?: readonly Permission[];
}

/** The accounts module's pages, each with the permission that opens it; its menu entry shows when any does. */
export const accountsPages = [
  { key: 'users', permission: Permission.UserRead },
  { key: 'registrations', permission: Permission.RegistrationRead },
  { key: 'units', permission: Permission.UnitRead },
  { key: 'roles', permission: Permission.RoleRead },
  { key: 'grants', permission: Permission.GrantRead },
] as const;

/** 账号管理页 — one tab of the accounts module. */
export type AccountsPageKey = (typeof accountsPages)[number]['key'];

export const modules: readonly ModuleEntry[] = [
  { key: 'home', path: '/', group: 'groupOverview', icon: HomeOutlined },
  { key: 'territory', path: '/territory', group: 'groupTerritory', icon: EnvironmentOutlined },
  { key: 'registry', path: '/registry', group: 'groupTerritory', icon: ApartmentOutlined, permissions: [Permission.RegistryRead] },
  { key: 'policies', path: '/policies', group: 'groupServices', icon: ReadOutlined },
  { key: 'cases', path: '/cases', group: 'groupServices', icon: FileTextOutlined },
  { key: 'approvals', path: '/approvals', group: 'groupServices', icon: AuditOutlined },
  { key: 'projects', path: '/projects', group: 'groupCoordination', icon: FundProjectionScreenOutlined },
  { key: 'meetings', path: '/meetings', group: 'groupCoordination', icon: TeamOutlined },
  { key: 'investment', path: '/investment', group: 'groupCoordination', icon: RocketOutlined },
  { key: 'accounts', path: '/accounts', group: 'groupAdmin', icon: SafetyCertificateOutlined,
    permissions: accountsPages.map((page) => page.permission) },
  { key: 'audit', path: '/audit', group: 'groupAdmin', icon: FileSearchOutlined, permissions: [Permission.AuditRead] },
];

export const navGroups: readonly NavGroup[] = [
  'groupOverview',
  'groupTerritory',
  'groupServices',
  'groupCoordination',
  'groupAdmin',
];

/** The module whose page is showing at `pathname` (the longest matching path wins). */
export function findModuleByPath(pathname: string): ModuleEntry | undefined {
  return modules
    .filter((entry) => pathname === entry.path || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** Whether the menu shows `entry` to a user holding `permissions` (null when nobody is signed in). */
export function isModuleVisible(entry: ModuleEntry, permissions: readonly string[] | null): boolean {
  if (!entry.permissions) return true;
  return permissions !== null && entry.permissions.some((permission) => permissions.includes(permission));
}

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
  /** Shown to administrators only once sign-in exists (issue 3); until then everyone sees it. */
  isAdminOnly?: boolean;
}

export const modules: readonly ModuleEntry[] = [
  { key: 'home', path: '/', group: 'groupOverview', icon: HomeOutlined },
  { key: 'territory', path: '/territory', group: 'groupTerritory', icon: EnvironmentOutlined },
  { key: 'registry', path: '/registry', group: 'groupTerritory', icon: ApartmentOutlined },
  { key: 'policies', path: '/policies', group: 'groupServices', icon: ReadOutlined },
  { key: 'cases', path: '/cases', group: 'groupServices', icon: FileTextOutlined },
  { key: 'approvals', path: '/approvals', group: 'groupServices', icon: AuditOutlined },
  { key: 'projects', path: '/projects', group: 'groupCoordination', icon: FundProjectionScreenOutlined },
  { key: 'meetings', path: '/meetings', group: 'groupCoordination', icon: TeamOutlined },
  { key: 'investment', path: '/investment', group: 'groupCoordination', icon: RocketOutlined },
  { key: 'accounts', path: '/accounts', group: 'groupAdmin', icon: SafetyCertificateOutlined, isAdminOnly: true },
  { key: 'audit', path: '/audit', group: 'groupAdmin', icon: FileSearchOutlined, isAdminOnly: true },
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

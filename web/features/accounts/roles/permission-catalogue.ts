import { Permission } from '../../../app/permissions';
import type { Role } from '../accounts-api';
import { moduleOfPermission } from './permission-name';

/** 权限分组 — the permissions of one module, for the role editor's checklist. */
export interface PermissionGroup {
  module: string;
  permissions: string[];
}

/**
 * The permissions a role can be given, grouped by module. The server has no permission catalogue endpoint yet, so
 * this is what the UI can see: every permission some role carries, those of the acting unit, and those the UI
 * itself knows. A permission no role holds and the UI does not know cannot be offered until the server lists it.
 */
export function collectPermissionGroups(roles: readonly Role[], extra: readonly string[] = []): PermissionGroup[] {
  const all = new Set([...Object.values(Permission), ...extra, ...roles.flatMap((role) => role.permissions)]);
  const groups = new Map<string, string[]>();
  for (const id of [...all].sort()) {
    const module = moduleOfPermission(id);
    groups.set(module, [...(groups.get(module) ?? []), id]);
  }
  return [...groups].map(([module, permissions]) => ({ module, permissions }));
}

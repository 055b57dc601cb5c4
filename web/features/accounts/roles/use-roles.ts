import { useMemo } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { Permission } from '../../../app/permissions';
import { useApi } from '../../../app/use-api';
import type { Role } from '../accounts-api';

/** 角色目录 — the roles, by id (empty without role.read: grants then show role ids). */
export function useRoles() {
  const { me } = useAuth();
  const state = useApi<Role[]>(hasAnyPermission(me, [Permission.RoleRead]) ? '/api/roles' : null);
  const byId = useMemo(() => new Map((state.data ?? []).map((role) => [role.id, role])), [state.data]);
  return { ...state, roles: state.data ?? [], byId };
}

/** 单位引用 — a unit as the session lists it. */
export interface UnitRef {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
}

/**
 * 当前用户 — what GET /api/auth/me and sign-in return: the user, their units, the unit they act for, the
 * permissions held there (for menus only; what may be done to an object comes with the object as `abilities`),
 * and the CSRF token of this session.
 */
export interface Me {
  user: { id: string; username: string; displayName: string; mustChangePassword: boolean };
  units: UnitRef[];
  actingUnit: UnitRef | null;
  permissions: string[];
  csrfToken: string | null;
}

/** Whether the acting unit holds any of `permissions` (the server's list; the UI never derives it from roles). */
export function hasAnyPermission(me: Pick<Me, 'permissions'> | undefined, permissions: readonly string[]): boolean {
  return me !== undefined && permissions.some((permission) => me.permissions.includes(permission));
}

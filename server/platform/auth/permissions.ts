/**
 * 权限目录 — every permission a module declares, in one registry, so that roles, API tokens and the authorization
 * matrix test can be checked against the full list. Modules call declarePermissions once, at import.
 */

/** 权限 — one thing a role may allow, with its label in both languages. */
export interface PermissionSpec {
  id: string;
  zh: string;
  en: string;
}

/** A declared permission and the module that owns it. */
export interface DeclaredPermission extends PermissionSpec {
  module: string;
}

const declared = new Map<string, DeclaredPermission>();

/**
 * Declares a module's permissions and returns them as typed constants:
 * `AccountsPermission.UserRead === 'accounts.user.read'`. Ids must start with `<module>.`.
 */
export function declarePermissions<const T extends Record<string, PermissionSpec>>(
  module: string,
  specs: T,
): { readonly [K in keyof T]: T[K]['id'] } {
  const constants: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (!spec.id.startsWith(`${module}.`)) throw new Error(`permission ${spec.id} must start with "${module}."`);
    const existing = declared.get(spec.id);
    if (existing && existing.module !== module) throw new Error(`permission ${spec.id} is declared twice`);
    declared.set(spec.id, { ...spec, module });
    constants[key] = spec.id;
  }
  return Object.freeze(constants) as { readonly [K in keyof T]: T[K]['id'] };
}

export function listDeclaredPermissions(): DeclaredPermission[] {
  return [...declared.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export function isDeclaredPermission(id: string): boolean {
  return declared.has(id);
}

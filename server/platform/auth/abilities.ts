/**
 * 可执行操作 — what the caller may do to one object, sent with the object so the UI shows actions from it and never
 * re-derives permissions. Each module lists its object types' abilities as rules in its policy file.
 */
import { abilitiesOf, type ScopedRecord, type ScopeFilter } from '../../../core/access/data-scope';
import type { AuthContext } from './auth-context';

/** One action on an object type: allowed when the permission's scope reaches the object and `when` holds. */
export interface AbilityRule<T> {
  ability: string;
  permission: string;
  /** A state condition (e.g. only pending registrations can be verified). */
  when?: (object: T) => boolean;
}

export function listAbilities<T>(auth: AuthContext, rules: readonly AbilityRule<T>[], object: T, scoped: ScopedRecord): string[] {
  const filters = new Map<string, ScopeFilter>(rules.map((rule) => [rule.permission, auth.filterFor(rule.permission)]));
  const permitted = new Set(abilitiesOf(scoped, filters));
  return rules.filter((rule) => permitted.has(rule.permission) && (rule.when?.(object) ?? true)).map((rule) => rule.ability);
}

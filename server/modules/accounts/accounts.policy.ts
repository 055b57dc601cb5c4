/**
 * 账号授权策略 — in one place: which columns each object type offers to data scopes, and which abilities the UI
 * receives for each object. Lists render these with scopeSql; bulk actions check them with checkAccess.
 */
import type { AbilityRule, ScopeColumns, ScopedObject } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';

/** A registration is reached through its enterprise unit, its location, or by whoever submitted it. */
export const registrationScope: ScopeColumns = {
  unit: 'r.enterprise_unit_id',
  body: 'r.body_id',
  town: 'r.town_code',
  owner: 'r.submitted_user_id',
};

export const registrationObject: ScopedObject = {
  from: 'enterprise_registrations r',
  id: 'r.id',
  idType: 'uuid',
  columns: registrationScope,
};

/** The state an ability rule on a registration needs. */
export interface RegistrationState {
  status: 'pending' | 'verified' | 'rejected';
}

export const registrationAbilities: readonly AbilityRule<RegistrationState>[] = [
  { ability: 'read', permission: AccountsPermission.RegistrationRead },
  { ability: 'verify', permission: AccountsPermission.RegistrationVerify, when: (r) => r.status === 'pending' },
  { ability: 'reject', permission: AccountsPermission.RegistrationVerify, when: (r) => r.status === 'pending' },
];

/**
 * A user is reached through any unit they belong to, through the location of an enterprise they belong to (so a
 * territory officer reaches the enterprise staff of the area), or by themselves.
 */
export const userScope: ScopeColumns = {
  unit: (p) => `exists (select 1 from user_units m where m.user_id = u.id and m.unit_id = any(${p}))`,
  body: (p) =>
    `exists (select 1 from user_units m join enterprises e on e.unit_id = m.unit_id where m.user_id = u.id and e.body_id = any(${p}))`,
  town: (p) =>
    `exists (select 1 from user_units m join enterprises e on e.unit_id = m.unit_id where m.user_id = u.id and e.town_code = any(${p}))`,
  owner: 'u.id',
};

export const userObject: ScopedObject = { from: 'users u', id: 'u.id', idType: 'uuid', columns: userScope };

/** A grant is reached through the unit it is held in, or by its holder. */
export const grantScope: ScopeColumns = { unit: 'g.unit_id', owner: 'g.user_id' };

export const grantObject: ScopedObject = { from: 'grants g', id: 'g.id', idType: 'uuid', columns: grantScope };

/** Enterprise units are reached by their own id or their location; government units are visible to every reader. */
export const enterpriseUnitScope: ScopeColumns = { unit: 'o.id', body: 'e.body_id', town: 'e.town_code' };

/**
 * 数据权限 — who may see which records. A user is granted a role *in a unit* with a data scope; for any one
 * permission only the grants whose role carries that permission count (scope per permission, not the union of
 * everything a user holds, which is what RuoYi gets wrong). Pure: the server turns a ScopeFilter into SQL.
 */

/** 数据范围 — whole zone / own unit / own unit and units below / own territory / own records. */
export type DataScope = 'zone' | 'unit' | 'unit-tree' | 'territory' | 'own';

export const DATA_SCOPES: readonly DataScope[] = ['zone', 'unit', 'unit-tree', 'territory', 'own'];

/** 授权 — one role granted to a user in a unit with a data scope. */
export interface Grant {
  roleId: string;
  unitId: string;
  scope: DataScope;
  permissions: readonly string[];
}

/** 辖区 — the towns and body areas a unit covers (a body its own area, a town itself, a department nothing). */
export interface UnitTerritory {
  bodyIds: readonly string[];
  townCodes: readonly string[];
}

/** What the scope check needs to know about the organisation tree, supplied by the caller. */
export interface ScopeContext {
  userId: string;
  /** The unit the user acts for now; only grants in this unit apply. */
  actingUnitId: string;
  /** The unit and every unit below it. */
  unitAndDescendants(unitId: string): readonly string[];
  territoryOf(unitId: string): UnitTerritory;
}

/**
 * 数据范围过滤 — the set of records one permission reaches: every record (`all`), or records owned by one of
 * `unitIds`, located in one of `bodyIds` / `townCodes`, or created by one of `ownerIds`. Empty everywhere = nothing.
 */
export interface ScopeFilter {
  all: boolean;
  unitIds: string[];
  bodyIds: string[];
  townCodes: string[];
  ownerIds: string[];
}

/** The fields of a record that scopes look at. Absent location → only zone, unit and owner scopes reach it. */
export interface ScopedRecord {
  unitId?: string | null;
  bodyId?: string | null;
  townCode?: string | null;
  ownerId?: string | null;
}

export const NOTHING: ScopeFilter = Object.freeze({ all: false, unitIds: [], bodyIds: [], townCodes: [], ownerIds: [] }) as ScopeFilter;

export function scopeFor(permission: string, grants: readonly Grant[], context: ScopeContext): ScopeFilter {
  const filter: ScopeFilter = { all: false, unitIds: [], bodyIds: [], townCodes: [], ownerIds: [] };
  for (const grant of grants) {
    if (grant.unitId !== context.actingUnitId || !grant.permissions.includes(permission)) continue;
    switch (grant.scope) {
      case 'zone':
        return { all: true, unitIds: [], bodyIds: [], townCodes: [], ownerIds: [] };
      case 'unit':
        filter.unitIds.push(grant.unitId);
        break;
      case 'unit-tree':
        filter.unitIds.push(...context.unitAndDescendants(grant.unitId));
        break;
      case 'territory': {
        const territory = context.territoryOf(grant.unitId);
        filter.bodyIds.push(...territory.bodyIds);
        filter.townCodes.push(...territory.townCodes);
        break;
      }
      case 'own':
        filter.ownerIds.push(context.userId);
        break;
    }
  }
  return {
    all: false,
    unitIds: unique(filter.unitIds),
    bodyIds: unique(filter.bodyIds),
    townCodes: unique(filter.townCodes),
    ownerIds: unique(filter.ownerIds),
  };
}

export function isPermitted(filter: ScopeFilter): boolean {
  return (
    filter.all ||
    filter.unitIds.length > 0 ||
    filter.bodyIds.length > 0 ||
    filter.townCodes.length > 0 ||
    filter.ownerIds.length > 0
  );
}

export function isInScope(record: ScopedRecord, filter: ScopeFilter): boolean {
  if (filter.all) return true;
  return (
    (record.unitId != null && filter.unitIds.includes(record.unitId)) ||
    (record.bodyId != null && filter.bodyIds.includes(record.bodyId)) ||
    (record.townCode != null && filter.townCodes.includes(record.townCode)) ||
    (record.ownerId != null && filter.ownerIds.includes(record.ownerId))
  );
}

/** 可执行操作 — the permissions among `candidates` that this user may exercise on this record. */
export function abilitiesOf<P extends string>(record: ScopedRecord, filters: ReadonlyMap<P, ScopeFilter>): P[] {
  return [...filters].filter(([, filter]) => isInScope(record, filter)).map(([permission]) => permission);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * 数据范围 SQL — renders a ScopeFilter as a SQL predicate with bound parameters, so that every list, count, search
 * and export is bounded by the caller's data scope in the database, never filtered in memory.
 */
import type { ScopeFilter } from '../../../core/access/data-scope';

/**
 * A column compared with `= any($n)`, or a function that builds the predicate from the array placeholder
 * (for scopes reached through another table, e.g. `(p) => \`exists (select … where m.unit_id = any(${p}))\``).
 */
export type ScopeColumn = string | ((arrayPlaceholder: string) => string);

/** 范围列 — where one object type keeps the fields scopes look at; an absent column is never reached by that scope. */
export interface ScopeColumns {
  /** The unit that owns the record (unit and unit-tree scopes). */
  unit?: ScopeColumn;
  /** The body area it lies in (territory scopes). */
  body?: ScopeColumn;
  /** The 9-digit town code it lies in (territory scopes). */
  town?: ScopeColumn;
  /** The user who created it, a uuid (own scope). */
  owner?: ScopeColumn;
}

/**
 * `true` for the whole zone, `false` when nothing is permitted, otherwise an OR of `= any($n)` tests. Pushes the
 * arrays onto `params`; the returned text refers to them by position.
 */
export function scopeSql(filter: ScopeFilter, columns: ScopeColumns, params: unknown[]): string {
  if (filter.all) return 'true';
  const parts: string[] = [];
  const add = (column: ScopeColumn | undefined, values: string[], type: 'text' | 'uuid') => {
    if (!column || values.length === 0) return;
    params.push(values);
    const placeholder = `$${params.length}::${type}[]`;
    parts.push(typeof column === 'string' ? `${column} = any(${placeholder})` : column(placeholder));
  };
  add(columns.unit, filter.unitIds, 'text');
  add(columns.body, filter.bodyIds, 'text');
  add(columns.town, filter.townCodes, 'text');
  add(columns.owner, filter.ownerIds, 'uuid');
  return parts.length === 0 ? 'false' : `(${parts.join(' or ')})`;
}

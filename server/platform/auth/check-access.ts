import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { AuthContext } from './auth-context';
import { scopeSql, type ScopeColumns } from './scope-sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 受控对象 — where one object type lives and which of its columns scopes look at. */
export interface ScopedObject {
  /** `from` clause with an alias, e.g. `enterprise_registrations r`. */
  from: string;
  /** The id column, e.g. `r.id`. */
  id: string;
  /** Its type, so the lookup can use the primary key (default text). */
  idType?: 'text' | 'uuid';
  columns: ScopeColumns;
}

/**
 * 访问校验 — the subset of `ids` the caller may act on with `permission`, in one query. Bulk actions act on what it
 * returns; an id that does not exist and one out of scope look the same, so nothing leaks.
 */
export async function checkAccess(
  db: pg.Pool | pg.ClientBase,
  auth: AuthContext,
  permission: string,
  object: ScopedObject,
  ids: readonly string[],
): Promise<string[]> {
  const idType = object.idType ?? 'text';
  // A malformed uuid cannot name anything; dropping it keeps PostgreSQL from failing the whole batch.
  const candidates = [...new Set(ids)].filter((id) => idType === 'text' || UUID.test(id));
  if (candidates.length === 0) return [];
  const params: unknown[] = [candidates];
  const scope = scopeSql(auth.filterFor(permission), object.columns, params);
  if (scope === 'false') return [];
  const { rows } = await db.query<{ id: string }>(
    `select ${object.id}::text as id from ${object.from} where ${object.id} = any($1::${idType}[]) and ${scope}`,
    params,
  );
  return rows.map((row) => row.id);
}

/**
 * Throws unless the caller may act on one object: 404 when they cannot even read it (its existence is not theirs
 * to know), 403 when they can read it but not act on it.
 */
export async function assertAccess(
  db: pg.Pool | pg.ClientBase,
  auth: AuthContext,
  object: ScopedObject,
  id: string,
  permissions: { act: string; read: string },
  what: string,
): Promise<void> {
  if ((await checkAccess(db, auth, permissions.act, object, [id])).length > 0) return;
  if ((await checkAccess(db, auth, permissions.read, object, [id])).length > 0) throw new AppError('FORBIDDEN');
  throw new AppError('NOT_FOUND', { what: `${what} ${id}` });
}

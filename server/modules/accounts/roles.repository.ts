/** 角色仓储 — roles and their permissions. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { isDeclaredPermission } from '../../platform/auth';

type Db = pg.Pool | pg.ClientBase;

/** 角色 — as stored. */
export interface RoleRow {
  id: string;
  name: string;
  nameEn: string;
  permissions: string[];
  builtIn: boolean;
}

const ROLE_COLUMNS = 'id, name, name_en as "nameEn", permissions, built_in as "builtIn"';

export async function listRoleRows(db: Db): Promise<RoleRow[]> {
  const { rows } = await db.query<RoleRow>(`select ${ROLE_COLUMNS} from roles order by built_in desc, id`);
  return rows;
}

export async function findRoleRow(db: Db, id: string, forUpdate = false): Promise<RoleRow | null> {
  const { rows } = await db.query<RoleRow>(`select ${ROLE_COLUMNS} from roles where id = $1 ${forUpdate ? 'for update' : ''}`, [id]);
  return rows[0] ?? null;
}

/** Throws PERMISSION_UNKNOWN for permissions no module declares (those already on the role are kept as they are). */
export function assertDeclaredPermissions(permissions: readonly string[], alreadyHeld: readonly string[] = []): void {
  const unknown = permissions.filter((p) => !isDeclaredPermission(p) && !alreadyHeld.includes(p));
  if (unknown.length > 0) throw new AppError('PERMISSION_UNKNOWN', { permissions: unknown });
}

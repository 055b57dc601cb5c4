/** 用户仓储 — the SQL of users and their memberships. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';

type Db = pg.Pool | pg.ClientBase;

/** What sign-in needs to know about a user. */
export interface LoginUser {
  id: string;
  passwordHash: string;
  status: 'active' | 'disabled' | 'pending';
  lastActingUnitId: string | null;
}

export async function findUserForLogin(db: Db, username: string): Promise<LoginUser | null> {
  const { rows } = await db.query<LoginUser>(
    `select id, password_hash as "passwordHash", status, last_acting_unit_id as "lastActingUnitId"
       from users where username = $1`,
    [username],
  );
  return rows[0] ?? null;
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const { rows } = await db.query<{ password_hash: string }>('select password_hash from users where id = $1', [userId]);
  return rows[0]?.password_hash ?? null;
}

/** 单位引用 — a unit as lists show it. */
export interface UnitRef {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
}

/** The units a user belongs to, oldest membership first (the first is the default acting unit). */
export async function listMemberships(db: Db, userId: string): Promise<UnitRef[]> {
  const { rows } = await db.query<UnitRef>(
    `select o.id, o.name, o.name_en as "nameEn", o.kind
       from user_units m join org_units o on o.id = m.unit_id
      where m.user_id = $1
      order by m.created_at, o.sort_order, o.id`,
    [userId],
  );
  return rows;
}

export async function isMember(db: Db, userId: string, unitId: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from user_units where user_id = $1 and unit_id = $2', [userId, unitId]);
  return (rowCount ?? 0) > 0;
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  status: 'active' | 'pending';
  mustChangePassword: boolean;
}

const UNIQUE_VIOLATION = '23505';

/** Inserts a user; a taken username is USERNAME_TAKEN, not a 500. */
export async function insertUser(client: pg.ClientBase, user: NewUser): Promise<string> {
  try {
    const { rows } = await client.query<{ id: string }>(
      `insert into users (username, display_name, password_hash, status, must_change_password)
       values ($1, $2, $3, $4, $5) returning id`,
      [user.username, user.displayName, user.passwordHash, user.status, user.mustChangePassword],
    );
    return rows[0]!.id;
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new AppError('USERNAME_TAKEN', { username: user.username });
    throw error;
  }
}

export async function addMembership(client: pg.ClientBase, userId: string, unitId: string): Promise<boolean> {
  const { rowCount } = await client.query(
    'insert into user_units (user_id, unit_id) values ($1, $2) on conflict do nothing',
    [userId, unitId],
  );
  return (rowCount ?? 0) > 0;
}

export async function addGrant(
  client: pg.ClientBase,
  grant: { userId: string; roleId: string; unitId: string; scope: string; grantedBy: string | null },
): Promise<string | null> {
  const { rows } = await client.query<{ id: string }>(
    `insert into grants (user_id, role_id, unit_id, scope, granted_by) values ($1, $2, $3, $4, $5)
     on conflict (user_id, unit_id, role_id, scope) do nothing returning id`,
    [grant.userId, grant.roleId, grant.unitId, grant.scope, grant.grantedBy],
  );
  return rows[0]?.id ?? null;
}

/** 用户摘要 — the fields an audit record or a status change shows (never the password hash). */
export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  status: 'active' | 'disabled' | 'pending';
  mustChangePassword: boolean;
}

export async function getUserSummary(db: Db, userId: string, forUpdate = false): Promise<UserSummary> {
  const { rows } = await db.query<UserSummary>(
    `select id, username, display_name as "displayName", status, must_change_password as "mustChangePassword"
       from users where id = $1 ${forUpdate ? 'for update' : ''}`,
    [userId],
  );
  if (!rows[0]) throw new AppError('NOT_FOUND', { what: `user ${userId}` });
  return rows[0];
}

export async function setPassword(
  client: pg.ClientBase,
  userId: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<void> {
  await client.query(
    `update users set password_hash = $2, must_change_password = $3, password_changed_at = now(),
                      failed_login_count = 0, locked_until = null, updated_at = now()
      where id = $1`,
    [userId, passwordHash, mustChangePassword],
  );
}

export async function setUserStatus(client: pg.ClientBase, userId: string, status: UserSummary['status']): Promise<void> {
  await client.query('update users set status = $2, updated_at = now() where id = $1', [userId, status]);
}

/** The unit's kind, or null when it does not exist (or is retired). */
export async function findUnitKind(db: Db, unitId: string): Promise<string | null> {
  const { rows } = await db.query<{ kind: string }>(
    'select kind from org_units where id = $1 and retired_at is null',
    [unitId],
  );
  return rows[0]?.kind ?? null;
}

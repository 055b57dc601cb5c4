/**
 * 专家库 — the users who hold the expert role (the expert pool), for assigning a panel; and the check that an
 * assignment or replacement names only them (the workflow itself only knows user ids).
 */
import { AppError } from '../../../core/errors';
import type { Queryable } from './cases.repository';

export interface Expert {
  id: string;
  username: string;
  displayName: string;
}

export async function listExperts(db: Queryable): Promise<Expert[]> {
  const { rows } = await db.query<Expert>(
    `select distinct u.id, u.username, u.display_name as "displayName"
       from users u join grants g on g.user_id = u.id
      where g.role_id = 'expert' and u.status = 'active'
      order by u.username`,
  );
  return rows;
}

/** CASE_EXPERT_UNKNOWN when an assign-experts or replace-expert command names someone outside the pool. */
export async function checkExperts(db: Queryable, command: Record<string, unknown>): Promise<void> {
  const named =
    command.action === 'assign-experts' ? command.userIds : command.action === 'replace-expert' ? [command.replacementUserId] : undefined;
  if (!Array.isArray(named) || named.length === 0) return;
  const ids = named.filter((id): id is string => typeof id === 'string');
  const experts = new Set((await listExperts(db)).map((e) => e.id));
  const unknown = ids.filter((id) => !experts.has(id));
  if (unknown.length > 0) throw new AppError('CASE_EXPERT_UNKNOWN', { userIds: unknown });
}

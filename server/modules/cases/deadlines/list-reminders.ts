/**
 * 提醒列表 — reminders and escalations of the cases the caller may see (bounded by their data scope in SQL), newest
 * first, never to the applicant enterprise; one case's for its page, or `mine`: those for the unit I act for and the escalations sent to me.
 */
import type { AuthContext } from '../../../platform/auth';
import { caseVisibilitySql } from '../case-visibility';
import type { CasesContext } from '../cases-routes-options';

export interface ListRemindersQuery {
  caseId?: string | undefined;
  kind?: 'reminder' | 'escalation' | undefined;
  mine?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listReminders(ctx: CasesContext, auth: AuthContext, query: ListRemindersQuery) {
  const params: unknown[] = [];
  const where = [caseVisibilitySql(auth, params)];
  // Reminders are the officers' business: the applicant enterprise follows its deadline on the case, not these.
  params.push(auth.actingUnitId);
  where.push(`c.applicant_unit_id is distinct from $${params.length}::text`);
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.caseId) add((p) => `c.id::text = ${p}`, query.caseId);
  if (query.kind) add((p) => `r.kind = ${p}`, query.kind);
  if (query.mine) {
    params.push(auth.user.id, auth.actingUnitId ?? '');
    const [user, unit] = [`$${params.length - 1}`, `$${params.length}`];
    where.push(`((r.kind = 'reminder' and ${unit}::text = any(r.unit_ids)) or r.recipient_user_ids @> array[${user}::uuid])`);
  }
  params.push(query.limit, query.offset);
  const { rows } = await ctx.pool.query<{ total: string; caseId: string; workflowId: string; definitionVersion: string; stageId: string } & Record<string, unknown>>(
    `select r.id, r.kind, r.case_id as "caseId", c.case_number as "caseNumber", u.name as "applicantName",
            r.stage_id as "stageId", r.visit, to_char(r.due_date, 'YYYY-MM-DD') as "dueDate", r.unit_ids as "unitIds",
            r.created_at as "createdAt", c.workflow_id as "workflowId", c.definition_version as "definitionVersion",
            count(*) over () as total
       from case_reminders r join cases c on c.id = r.case_id join org_units u on u.id = c.applicant_unit_id
      where ${where.join(' and ')}
      order by r.created_at desc, r.id
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    items: rows.map(({ total: _total, workflowId, definitionVersion, stageId, ...row }) => {
      const stage = ctx.workflows.get(workflowId, definitionVersion).stages.find((s) => s.id === stageId);
      return { ...row, stage: { id: stageId, name: stage?.name ?? stageId, nameEn: stage?.nameEn ?? stageId } };
    }),
  };
}

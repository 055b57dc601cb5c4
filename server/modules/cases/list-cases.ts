/**
 * 办件列表 — the caller's cases, bounded by their data scope in SQL, with search (case number or enterprise name)
 * and filters by stage, status, policy and deadline colour (from the dates stored at each action, as of today in
 * Shanghai).
 */
import { shanghaiDate } from '../../../core/calendar';
import type { AuthContext } from '../../platform/auth';
import { caseVisibilitySql } from './case-visibility';
import type { CasesContext } from './cases-routes-options';

export interface ListCasesQuery {
  q?: string | undefined;
  stage?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  deadline?: 'green' | 'yellow' | 'red' | undefined;
  policyId?: string | undefined;
  mine?: boolean | undefined;
  limit: number;
  offset: number;
}

/** The colour of a case's deadline as of `today` ($n), in SQL. */
export function deadlineColourSql(today: string): string {
  return `case when c.status <> 'open' or c.deadline_due is null then 'green'
               when c.deadline_due < ${today}::date then 'red'
               when c.deadline_yellow_on <= ${today}::date then 'yellow' else 'green' end`;
}

export async function listCases(ctx: CasesContext, auth: AuthContext, query: ListCasesQuery) {
  const params: unknown[] = [];
  const where = [caseVisibilitySql(auth, params)];
  params.push(shanghaiDate(ctx.now().toISOString()));
  const colour = deadlineColourSql(`$${params.length}`);
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.q) add((p) => `(c.case_number ilike ${p} or u.name ilike ${p})`, `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  if (query.stage) add((p) => `c.stage_id = ${p}`, query.stage);
  if (query.status) add((p) => `c.status = ${p}`, query.status);
  if (query.policyId) add((p) => `c.policy_id = ${p}`, query.policyId);
  if (query.deadline) add((p) => `(${colour}) = ${p}`, query.deadline);
  if (query.mine) {
    // Mine: submitted by me, reviewed by me as an expert, or assigned to the unit I act for.
    params.push(auth.user.id, auth.actingUnitId ?? '');
    const [user, unit] = [`$${params.length - 1}`, `$${params.length}`];
    where.push(`(c.submitted_by = ${user}::uuid or c.expert_user_ids @> array[${user}::uuid] or ${unit}::text = any(c.unit_ids))`);
  }
  params.push(query.limit, query.offset);
  const { rows } = await ctx.pool.query<Record<string, unknown> & { total: string }>(
    `select c.id, c.case_number as "caseNumber", c.policy_id as "policyId", u.name as "applicantName", c.stage_id as "stageId",
            c.status, c.outcome, c.version, c.submitted_at as "submittedAt", c.body_id as "bodyId", c.town_code as "townCode",
            to_char(c.deadline_due, 'YYYY-MM-DD') as "dueDate", ${colour} as "deadlineStatus", count(*) over () as total,
            c.workflow_id as "workflowId", c.definition_version as "definitionVersion"
       from cases c join org_units u on u.id = c.applicant_unit_id
      where ${where.join(' and ')}
      order by c.submitted_at desc, c.id
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  const catalogue = await ctx.policies.current();
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    items: rows.map(({ total: _total, workflowId, definitionVersion, stageId, ...row }) => {
      const stage = ctx.workflows.get(String(workflowId), String(definitionVersion)).stages.find((s) => s.id === stageId);
      const policy = catalogue.byId.get(String(row.policyId));
      return {
        ...row,
        policyName: policy?.name.zh ?? row.policyId,
        policyNameEn: policy?.name.en ?? row.policyId,
        stage: { id: stageId, name: stage?.name ?? stageId, nameEn: stage?.nameEn ?? stageId },
      };
    }),
  };
}

/**
 * 超期督办 — open cases past their deadline, grouped by the body of the applicant's area, for the coordinators who
 * supervise the zone (bounded by the caller's scope like every list).
 */
import { shanghaiDate } from '../../../core/calendar';
import type { AuthContext } from '../../platform/auth';
import { caseVisibilitySql } from './case-visibility';
import type { CasesContext } from './cases-routes-options';

export async function listOverdueCases(ctx: CasesContext, auth: AuthContext) {
  const params: unknown[] = [];
  const visible = caseVisibilitySql(auth, params);
  params.push(shanghaiDate(ctx.now().toISOString()));
  const { rows } = await ctx.pool.query<{ bodyId: string | null; bodyName: string | null; cases: Array<{ id: string; caseNumber: string; stageId: string; dueDate: string }> }>(
    `select c.body_id as "bodyId", b.name as "bodyName",
            json_agg(json_build_object('id', c.id, 'caseNumber', c.case_number, 'stageId', c.stage_id,
                                       'dueDate', to_char(c.deadline_due, 'YYYY-MM-DD')) order by c.deadline_due) as cases
       from cases c left join org_units b on b.id = c.body_id
      where c.status = 'open' and c.deadline_due < $${params.length}::date and ${visible}
      group by c.body_id, b.name
      order by count(*) desc, b.name`,
    params,
  );
  return { items: rows.map((r) => ({ ...r, overdue: r.cases.length })) };
}

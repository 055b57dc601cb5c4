/**
 * 办件可见范围 — which cases a caller may see, as a SQL predicate over `cases c`: what their cases.read scope reaches
 * (zone; the applicant's body or town; the applicant enterprise or a unit the case was assigned or copied to; cases
 * they submitted or review as experts), and any case their acting unit is assigned to, wherever it lies. Anything
 * else is answered as absent (404), so a foreign case id is not even confirmed.
 */
import type { AuthContext } from '../../platform/auth';
import { scopeSql } from '../../platform/auth';
import { CasesPermission } from './cases.permissions';

export function caseVisibilitySql(auth: AuthContext, params: unknown[]): string {
  const scoped = scopeSql(
    auth.filterFor(CasesPermission.Read),
    {
      unit: (p) => `(c.applicant_unit_id = any(${p}) or c.unit_ids && ${p})`,
      body: 'c.body_id',
      town: 'c.town_code',
      owner: (p) => `(c.submitted_by = any(${p}) or c.expert_user_ids && ${p})`,
    },
    params,
  );
  if (scoped === 'true' || auth.actingUnitId === null) return scoped;
  params.push(auth.actingUnitId);
  return `(${scoped} or $${params.length}::text = any(c.unit_ids))`;
}

/**
 * 流程目录 — the workflow definitions of the zone as stored by the zone pack (every version a case may run on), and
 * which workflow runs a case type now. Read once at start: definitions change only with a new pack, which restarts.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { WorkflowDefinition } from '../../../core/workflow';

export interface WorkflowCatalogue {
  /** The definition a case runs on; WORKFLOW_VERSION_MISMATCH-like 500 when the stored version is gone. */
  get(workflowId: string, version: string): WorkflowDefinition;
  /**
   * The current workflow a policy is applied on and the case type it runs as: the workflow that maps the policy
   * (`policies:`, e.g. a talent policy → talent-hukou), else the one whose case types include the policy's kind
   * (special-fund); undefined when the pack has none.
   */
  findForPolicy(policy: { id: string; kind: string }): { definition: WorkflowDefinition; caseType: string } | undefined;
  list(): WorkflowDefinition[];
}

export async function loadWorkflowCatalogue(pool: pg.Pool, zoneId: string): Promise<WorkflowCatalogue> {
  const { rows } = await pool.query<{ definition: WorkflowDefinition; is_current: boolean }>(
    'select definition, is_current from workflow_definitions where zone_id = $1',
    [zoneId],
  );
  const byKey = new Map(rows.map((r) => [`${r.definition.id}@${r.definition.version}`, r.definition]));
  const byCaseType = new Map<string, WorkflowDefinition>();
  for (const { definition } of rows.filter((r) => r.is_current)) for (const caseType of definition.caseTypes) byCaseType.set(caseType, definition);
  return {
    get(workflowId, version) {
      const definition = byKey.get(`${workflowId}@${version}`);
      if (!definition) throw new AppError('WORKFLOW_VERSION_MISMATCH', { expected: `${workflowId}@${version}`, actual: 'none stored' });
      return definition;
    },
    findForPolicy(policy) {
      for (const { definition } of rows.filter((r) => r.is_current)) {
        const caseType = definition.policies?.[policy.id];
        if (caseType !== undefined) return { definition, caseType };
      }
      const definition = byCaseType.get(policy.kind);
      return definition ? { definition, caseType: policy.kind } : undefined;
    },
    list: () => rows.filter((r) => r.is_current).map((r) => r.definition),
  };
}

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
  /** The current workflow of a case type, or undefined when the pack has none. */
  findForCaseType(caseType: string): WorkflowDefinition | undefined;
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
    findForCaseType: (caseType) => byCaseType.get(caseType),
    list: () => rows.filter((r) => r.is_current).map((r) => r.definition),
  };
}

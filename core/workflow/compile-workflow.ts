/**
 * 编译流程 — a validated definition indexed for the state machine: stages by id, the first (intake) stage and the
 * closed stage. Compiled once per definition object and cached, so callers may pass the definition each time.
 */
import type { StageDefinition, WorkflowDefinition } from './workflow-definition.schema';

export interface Workflow {
  readonly definition: WorkflowDefinition;
  readonly first: StageDefinition;
  readonly closed: StageDefinition;
  stage(id: string): StageDefinition | undefined;
}

const compiled = new WeakMap<WorkflowDefinition, Workflow>();

export function compileWorkflow(definition: WorkflowDefinition): Workflow {
  let workflow = compiled.get(definition);
  if (!workflow) {
    const byId = new Map(definition.stages.map((s) => [s.id, s]));
    workflow = {
      definition,
      first: definition.stages[0]!,
      closed: definition.stages.find((s) => s.kind === 'closed')!,
      stage: (id) => byId.get(id),
    };
    compiled.set(definition, workflow);
  }
  return workflow;
}

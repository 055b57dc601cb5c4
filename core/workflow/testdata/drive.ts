/**
 * Test helper: drives a case through the state machine with a clock that moves on with each action, failing the
 * test with the refusal's message when an action that should pass is refused.
 */
import { createWorkCalendar } from '../../calendar/work-calendar';
import type { AppError } from '../../errors';
import type { CaseState } from '../case-state';
import { decideAction, type ActionResult } from '../decide-action';
import { openCase, type OpenCaseOptions } from '../open-case';
import type { WorkflowDefinition } from '../workflow-definition.schema';
import type { WorkflowActor, WorkflowEvent } from '../workflow-events';

export const calendar = createWorkCalendar();

export const RUBRIC = { scale: { min: 0, max: 5 }, criteria: [{ id: 'innovation', weight: 60 }, { id: 'benefit', weight: 40 }] };

/** A case and the moment of its next action (Shanghai time, advancing by the hour unless told). */
export class CaseDriver {
  state: CaseState;
  events: WorkflowEvent[] = [];
  private ms: number;

  constructor(readonly definition: WorkflowDefinition, options: OpenCaseOptions, start = '2026-03-02T09:00:00+08:00') {
    this.state = openCase(definition, options);
    this.ms = Date.parse(start);
  }

  get now(): string {
    return new Date(this.ms).toISOString();
  }

  /** Moves the clock to a Shanghai date and time. */
  at(date: string, time = '10:00'): this {
    this.ms = Date.parse(`${date}T${time}:00+08:00`);
    return this;
  }

  try(actor: WorkflowActor, command: Record<string, unknown>): ActionResult {
    return decideAction(this.definition, this.state, actor, command, { now: this.now, calendar });
  }

  do(actor: WorkflowActor, command: Record<string, unknown>): this {
    const result = this.try(actor, command);
    if (!result.ok) throw new Error(`${String(command.action)} refused: ${result.error.code} ${result.error.message}`);
    this.state = result.state;
    this.events = result.events;
    this.ms += 3_600_000;
    return this;
  }

  refusal(actor: WorkflowActor, command: Record<string, unknown>): AppError {
    const result = this.try(actor, command);
    if (result.ok) throw new Error(`${String(command.action)} was not refused`);
    return result.error;
  }

  eventsOf<T extends WorkflowEvent['type']>(type: T): Array<Extract<WorkflowEvent, { type: T }>> {
    return this.events.filter((e): e is Extract<WorkflowEvent, { type: T }> => e.type === type);
  }
}

/**
 * 办件事件 — what the server records and does after an action: exactly one timeline entry (who, acting unit,
 * capacity, stage before and after, definition version), timers armed, paused, resumed and stopped (reminders and
 * escalations run as jobs against them), notifications, and documents to issue.
 */
import type { Timer } from './case-state';
import type { WorkflowAction } from './workflow-actions';

/** 操作人 — who acts, for which unit, in which capacity. */
export interface WorkflowActor {
  userId: string;
  roles: readonly string[];
  /** The acting unit (当前单位); null for a user without one. */
  unitId: string | null;
  capacity: 'own' | 'in-the-name-of';
  inNameOfUnitId: string | null;
  /** The actor acts for the applying enterprise. */
  isApplicant: boolean;
}

/** 办件时间线条目 */
export interface TimelineEntry {
  at: string;
  action: WorkflowAction;
  actor: WorkflowActor;
  fromStage: string;
  toStage: string;
  /** The action's validated payload, as recorded. */
  payload: Record<string, unknown>;
  definitionId: string;
  definitionVersion: string;
}

/** 通知对象 */
export interface Recipients {
  units: string[];
  users: string[];
  applicant: boolean;
}

export type NotificationTopic =
  | 'stage-entered'
  | 'case-accepted'
  | 'case-refused'
  | 'correction-requested'
  | 'correction-answered'
  | 'case-transferred'
  | 'signature-requested'
  | 'case-returned'
  | 'case-urged'
  | 'case-copied'
  | 'experts-assigned'
  | 'expert-recused'
  | 'objection-raised'
  | 'case-reopened'
  | 'case-decided'
  | 'funds-disbursed'
  | 'case-closed'
  | 'follow-up-opened';

/** 文书 — 受理通知书, 不予受理决定书, 补正告知书, 决定书. */
export type DocumentKind = 'acceptance-notice' | 'refusal-decision' | 'correction-notice' | 'decision';

/** Who signs a document: the acting unit, in its own name or in the name of another (with that unit's mark). */
export interface DocumentIssuer {
  unitId: string;
  capacity: 'own' | 'in-the-name-of';
  inNameOfUnitId: string | null;
}

export type WorkflowEvent =
  | { type: 'timeline'; entry: TimelineEntry }
  | { type: 'timer-armed'; timer: Timer }
  | { type: 'timer-paused'; timerId: string; at: string }
  | { type: 'timer-resumed'; timerId: string; at: string }
  | { type: 'timer-stopped'; timerId: string; at: string }
  | { type: 'notification'; topic: NotificationTopic; recipients: Recipients }
  | { type: 'document'; document: DocumentKind; issuer: DocumentIssuer; content: Record<string, unknown> };

/**
 * 操作表单 — the small form each workflow action opens, derived from its payload schema (core/workflow
 * ACTION_PAYLOADS): which input each payload field gets, whether it must be answered (read from the schema itself),
 * and the conversion of the form's values into the payload, checked by the same schema the server applies.
 */
import { ACTION_PAYLOADS, type WorkflowAction } from '../../../../core/workflow';

/** 输入控件 — how one payload field is asked for; the options (units, experts, stages …) come with the case. */
export type ActionWidget =
  | 'text'
  | 'text-list'
  | 'rule-reasons'
  | 'correction-items'
  | 'unit'
  | 'units'
  | 'experts'
  | 'recused-expert'
  | 'replacement-expert'
  | 'stage'
  | 'money'
  | 'grade'
  | 'opinion'
  | 'position'
  | 'conflict'
  | 'scores'
  | 'objection'
  | 'outcome';

export interface ActionField {
  name: string;
  widget: ActionWidget;
  /** The schema refuses the payload without it. */
  isRequired: boolean;
}

// The widget of each payload field, per action; every key of the schema's shape has one (the test checks both ways).
const WIDGETS: Readonly<Record<WorkflowAction, Readonly<Record<string, ActionWidget>>>> = {
  submit: {},
  withdraw: { reason: 'text' },
  accept: { note: 'text' },
  refuse: { reasons: 'text-list' },
  'request-correction': { items: 'correction-items' },
  resubmit: { note: 'text' },
  transfer: { toUnitId: 'unit', reason: 'text' },
  sign: { opinion: 'opinion', comment: 'text' },
  'add-signer': { unitId: 'unit', position: 'position', reason: 'text' },
  return: { toStageId: 'stage', reason: 'text' },
  urge: { message: 'text' },
  copy: { unitIds: 'units', note: 'text' },
  'assign-experts': { userIds: 'experts' },
  'declare-interest': { hasConflict: 'conflict', statement: 'text' },
  'replace-expert': { recusedUserId: 'recused-expert', replacementUserId: 'replacement-expert' },
  score: { scores: 'scores', comment: 'text' },
  object: { text: 'text' },
  'resolve-objection': { objectionId: 'objection', outcome: 'outcome', reason: 'text', reopenTo: 'stage' },
  'conclude-notice': { note: 'text' },
  report: { note: 'text' },
  approve: { amount: 'money', note: 'text' },
  reject: { reasons: 'rule-reasons' },
  disburse: { amount: 'money', voucher: 'text' },
  close: { note: 'text' },
  rate: { grade: 'grade', comment: 'text' },
  'record-callback': { note: 'text' },
  'complete-rectification': { note: 'text' },
};

/** The keys of an action's payload object, as its schema declares them. */
export function payloadKeys(action: WorkflowAction): string[] {
  return Object.keys(ACTION_PAYLOADS[action].shape);
}

/** The fields of an action's form, in the schema's order. */
export function listActionFields(action: WorkflowAction): ActionField[] {
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> = ACTION_PAYLOADS[action].shape;
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    widget: WIDGETS[action][name] ?? 'text',
    isRequired: !schema.safeParse(undefined).success,
  }));
}

/** The widget table, for the test that holds it to the schemas. */
export function widgetNames(action: WorkflowAction): string[] {
  return Object.keys(WIDGETS[action]);
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((item) => !isBlank(item));
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, clean(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}

/** 表单问题 — one thing the schema refuses, by the form field it concerns (the first segment of its path). */
export interface PayloadIssue {
  field: string;
  /** The rest of the path ("0.problem", "innovation"), for a message that says which item. */
  at: string;
  code: string;
  message: string;
}

export type PayloadResult = { isValid: true; payload: Record<string, unknown> } | { isValid: false; issues: PayloadIssue[] };

/**
 * The payload of `action` from its form's values: texts trimmed, blank answers and blank list items dropped (an
 * optional field left empty is absent, not ""), then checked by the action's schema.
 */
export function toActionPayload(action: WorkflowAction, values: Readonly<Record<string, unknown>>): PayloadResult {
  const payload: Record<string, unknown> = {};
  for (const name of payloadKeys(action)) {
    const value = clean(values[name]);
    if (value !== undefined) payload[name] = value;
  }
  const parsed = ACTION_PAYLOADS[action].safeParse(payload);
  if (parsed.success) return { isValid: true, payload: parsed.data as Record<string, unknown> };
  return {
    isValid: false,
    issues: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      at: issue.path.slice(1).join('.'),
      code: issue.code,
      message: issue.message,
    })),
  };
}

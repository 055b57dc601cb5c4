/**
 * 操作参数 — the payload each action takes, checked with zod. The API's `POST /api/cases/{id}/actions` body is one
 * of these plus the case version; the web validates the same schemas before sending.
 */
import { z } from 'zod';
import { unitIdSchema } from '../zone/zone-pack.schema';
import { RATING_GRADES } from './case-state';
import type { WorkflowAction } from './workflow-actions';

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');
const optionalText = text.optional();
const userId = z.string().trim().min(1, 'must not be empty').max(100);
const stageId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a stage id');

/** 金额 — yuan, to the fen. */
const money = z
  .number()
  .finite()
  .min(0, 'must not be negative')
  .max(1e12, 'is too large')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'must have at most two decimals (fen)');

const none = z.strictObject({});
const note = z.strictObject({ note: optionalText });

export const ACTION_PAYLOADS = {
  submit: none,
  withdraw: z.strictObject({ reason: optionalText }),
  accept: note,
  refuse: z.strictObject({ reasons: z.array(text).min(1, 'give at least one reason') }),
  'request-correction': z.strictObject({
    items: z
      .array(z.strictObject({ kind: z.enum(['missing', 'wrong']), subject: text, problem: text }))
      .min(1, 'list every missing or wrong item'),
  }),
  resubmit: note,
  transfer: z.strictObject({ toUnitId: unitIdSchema, reason: text }),
  sign: z
    .strictObject({ opinion: z.enum(['agree', 'disagree']), comment: optionalText })
    .refine((p) => p.opinion === 'agree' || p.comment !== undefined, { message: 'say why you disagree', path: ['comment'] }),
  'add-signer': z.strictObject({ unitId: unitIdSchema, position: z.enum(['before', 'after']), reason: optionalText }),
  return: z.strictObject({ toStageId: stageId, reason: text }),
  urge: z.strictObject({ message: optionalText }),
  copy: z.strictObject({ unitIds: z.array(unitIdSchema).min(1, 'name at least one unit'), note: optionalText }),
  'assign-experts': z.strictObject({ userIds: z.array(userId).min(1, 'name at least one expert') }),
  'declare-interest': z
    .strictObject({ hasConflict: z.boolean(), statement: optionalText })
    .refine((p) => !p.hasConflict || p.statement !== undefined, { message: 'describe the conflict of interest', path: ['statement'] }),
  'replace-expert': z.strictObject({ recusedUserId: userId, replacementUserId: userId }),
  score: z.strictObject({ scores: z.record(z.string(), z.number().finite()), comment: optionalText }),
  object: z.strictObject({ text }),
  'resolve-objection': z
    .strictObject({ objectionId: z.string().min(1), outcome: z.enum(['upheld', 'dismissed']), reason: text, reopenTo: stageId.optional() })
    .refine((p) => p.outcome === 'upheld' || p.reopenTo === undefined, { message: 'only an upheld objection reopens the case', path: ['reopenTo'] }),
  'conclude-notice': note,
  report: note,
  approve: z.strictObject({ amount: money.nullable().optional(), note: optionalText }),
  reject: z.strictObject({
    reasons: z.array(z.strictObject({ text, ruleId: z.string().min(1).optional() })).min(1, 'give at least one reason'),
  }),
  disburse: z.strictObject({ amount: money.refine((v) => v > 0, 'must be more than zero'), voucher: text }),
  close: note,
  rate: z.strictObject({ grade: z.enum(RATING_GRADES), comment: optionalText }),
  'record-callback': z.strictObject({ note: text }),
  'complete-rectification': z.strictObject({ note: text }),
} as const satisfies Record<WorkflowAction, z.ZodType>;

/** The payload type of one action. */
export type ActionPayload<A extends WorkflowAction> = z.output<(typeof ACTION_PAYLOADS)[A]>;

/** 办件操作指令 — `{ action, …payload }`, as the API receives it (without the case version). */
export type WorkflowCommand = { [A in WorkflowAction]: { action: A } & ActionPayload<A> }[WorkflowAction];

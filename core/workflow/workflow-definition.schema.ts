/**
 * 流程定义结构 — a workflow definition as the zone pack writes it (zones/<zone>/workflows/<id>.yaml), checked with
 * zod (strict: an unknown field is an error). Checks across stages (next, sameAs, which actions a kind may offer)
 * live in parse-workflow-definition.ts.
 */
import { z } from 'zod';
import { sourceRefSchema, unitIdSchema } from '../zone/zone-pack.schema';
import { STEP_ROLES } from '../zone/routing.schema';
import { STAGE_KINDS } from './stage-kinds';
import { WORKFLOW_ACTIONS } from './workflow-actions';

const text = z.string().trim().min(1, 'must not be empty');
const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9 and -)');
const workingDays = z.int('must be a whole number of working days').min(1, 'must be at least 1').max(365, 'must be at most 365');

/** 时限 — promised (承诺) and statutory (法定) limits in working days. */
const limitsSchema = z
  .strictObject({ promised: workingDays, statutory: workingDays })
  .refine((l) => l.promised <= l.statutory, { message: 'the promised limit cannot exceed the statutory one', path: ['promised'] });

/** 办理单位 — exactly one of: the units of a route step, fixed units, or the units of an earlier stage. */
const handledBySchema = z
  .strictObject({
    routeStep: z.enum(STEP_ROLES).optional(),
    units: z.array(unitIdSchema).min(1, 'name at least one unit').optional(),
    sameAs: idSchema.optional(),
  })
  .refine((h) => [h.routeStep, h.units, h.sameAs].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of routeStep, units and sameAs',
  });

/** 环节 */
const stageSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(STAGE_KINDS),
  name: text,
  nameEn: text,
  handledBy: handledBySchema,
  /** Officers of the handling units act only with one of these roles. */
  roles: z.array(idSchema).min(1, 'name at least one role'),
  actions: z.array(z.enum(WORKFLOW_ACTIONS)),
  /** Where the stage's forward action leads (accept, sign, score, conclude-notice, report, approve, close). */
  next: idSchema.optional(),
  limits: limitsSchema.optional(),
  /** 会签 (all units sign) / 或签 (one of them) / as the route step says (all → countersign, any → any-sign). */
  signing: z.enum(['countersign', 'any-sign', 'route']).optional(),
  experts: z.strictObject({ count: z.int().min(1, 'must be at least 1').max(15, 'must be at most 15') }).optional(),
  notice: z.strictObject({ days: workingDays, reopenTo: idSchema }).optional(),
  decision: z.strictObject({ amount: z.enum(['required', 'none']) }).optional(),
  note: text.optional(),
  noteEn: text.optional(),
  source: sourceRefSchema.optional(),
  verified: z.boolean().optional(),
});

/** 办理路线 — one route of routing.yaml as this workflow runs it, with the standard it applies. */
const routeSchema = z.strictObject({
  rule: idSchema,
  name: text,
  nameEn: text,
  /** original: the pre-expansion standard and process; unified: the zone's unified standard. */
  standard: z.enum(['original', 'unified']),
  description: text,
  descriptionEn: text,
  source: sourceRefSchema,
  verified: z.boolean(),
});

/** <workflow>.yaml */
export const workflowDefinitionSchema = z.strictObject({
  id: idSchema,
  /** Recorded with every decision; a changed definition gets a new version. */
  version: text,
  name: text,
  nameEn: text,
  caseTypes: z.array(idSchema).min(1, 'name at least one case type'),
  /**
   * 政策与办件类型 — policies of the pack whose kind is not itself a case type (a talent policy is of kind talent),
   * each with the case type of caseTypes it is applied for as. Without a default: a definition without it stays
   * byte-for-byte as before (its stored content hash does not change).
   */
  policies: z.record(idSchema, idSchema).optional(),
  /** 办件编号前缀 — upper-case letters and digits, e.g. ZJZX. */
  caseNumberPrefix: z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'must be 2–12 upper-case letters or digits, starting with a letter'),
  /** The whole case, from acceptance to closing. */
  caseLimits: limitsSchema.optional(),
  /** Roles that may urge (催办) any case they can see, besides the applicant. */
  supervisorRoles: z.array(idSchema).default([]),
  /** 差评整改 — a poor rating opens a follow-up: a callback within, and a fix within, these working days. */
  rating: z.strictObject({ callbackDays: workingDays, rectificationDays: workingDays }).default({ callbackDays: 1, rectificationDays: 15 }),
  routes: z.array(routeSchema).default([]),
  stages: z.array(stageSchema).min(2, 'list at least an intake and a closed stage'),
  source: sourceRefSchema,
  verified: z.boolean(),
});

/** 流程定义 — a validated workflow definition. */
export type WorkflowDefinition = z.output<typeof workflowDefinitionSchema>;
/** 环节定义 */
export type StageDefinition = WorkflowDefinition['stages'][number];
/** 时限定义 */
export type StageLimits = z.output<typeof limitsSchema>;

/**
 * 企业清单读取接口契约 — the zod shapes of the read side of the registry API: query strings (coerced; an unknown
 * parameter or value is a 400 naming the field) and the answers, so OpenAPI documents both.
 */
import { z } from 'zod';
import { CHAIN_SEGMENTS, INDUSTRIES } from '../../../../core/registry/industry/industry-codes';

export const AREAS = ['original', 'expansion'] as const;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const pageFields = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** The filters every enterprise list, count and export accepts. */
export const enterpriseFilterFields = {
  q: z.string().trim().min(1).max(100).optional().describe('part of a name, or of a credit code'),
  area: z.enum(AREAS).optional(),
  townCode: z.string().regex(/^[0-9]{9}$/, 'a 9-digit town code').optional(),
  bodyId: z.string().min(1).max(64).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  chainSegment: z.enum(CHAIN_SEGMENTS).optional(),
  inDirectory: flag.optional().describe('true: has a record in the statistics directory'),
  located: flag.optional().describe('false: the enterprises waiting to be placed by hand'),
  status: z.enum(['active', 'deregistered']).optional(),
};

export const enterpriseFilterQuery = z.strictObject(enterpriseFilterFields);
export const enterpriseListQuery = z.strictObject({ ...enterpriseFilterFields, ...pageFields });
export type EnterpriseFilter = z.infer<typeof enterpriseFilterQuery>;

export const lookupQuery = z.strictObject({ q: z.string().trim().min(1).max(100) });

export const enterpriseIdParam = z.strictObject({ id: z.string().min(1).max(200) });

export const enterpriseSummarySchema = z.object({
  id: z.string(),
  creditCode: z.string().nullable(),
  name: z.string(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  area: z.string().nullable(),
  industry: z.string().nullable(),
  chainSegment: z.string().nullable(),
  industryCode: z.string().nullable(),
  foundedOn: z.string().nullable(),
  status: z.enum(['active', 'deregistered']),
  inDirectory: z.boolean(),
  recordCount: z.number().int(),
  locatedBy: z.string().nullable(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummarySchema>;

export const enterprisePageSchema = z.object({ items: z.array(enterpriseSummarySchema), total: z.number().int() });

/** 来源记录 — one source row as the detail and the review queue show it. */
export const sourceRecordSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  batchId: z.number().int(),
  rowNo: z.number().int(),
  creditCode: z.string().nullable(),
  name: z.string(),
  address: z.string().nullable(),
  legalRep: z.string().nullable(),
  phone: z.string().nullable(),
  foundedOn: z.string().nullable(),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

const provenanceSchema = z.object({
  sourceId: z.string(),
  batchId: z.number().int().nullable(),
  rowNo: z.number().int().nullable(),
  recordId: z.string().nullable(),
});

export const enterpriseDetailSchema = enterpriseSummarySchema.extend({
  address: z.string().nullable(),
  legalRep: z.string().nullable(),
  phone: z.string().nullable(),
  registeredCapital: z.number().nullable(),
  employees: z.number().nullable(),
  revenue: z.number().nullable(),
  tax: z.number().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  community: z.string().nullable(),
  enteredZoneOn: z.string().nullable(),
  leftZoneOn: z.string().nullable(),
  provenance: z.record(z.string(), provenanceSchema),
  records: z.array(
    sourceRecordSchema.extend({
      linkedBy: z.enum(['credit-code', 'model', 'reviewer', 'single']),
      weight: z.number().nullable(),
    }),
  ),
  abilities: z.object({ review: z.boolean() }),
});
export type EnterpriseDetail = z.infer<typeof enterpriseDetailSchema>;

export const reviewQuery = z.strictObject({ ...pageFields, status: z.enum(['open', 'decided']).default('open') });

/** 疑似重复 — a pair the model could not decide, with its waterfall. */
export const reviewItemSchema = z.object({
  id: z.number().int(),
  status: z.enum(['open', 'decided']),
  weight: z.number(),
  probability: z.number(),
  recordA: sourceRecordSchema,
  recordB: sourceRecordSchema,
  enterpriseA: z.string().nullable(),
  enterpriseB: z.string().nullable(),
  /**
   * Why the pair is in the queue: its weight between the review and merge thresholds, a weight at or above the merge
   * threshold held back because the names disagree, or two valid credit codes under one name.
   */
  reason: z.enum(['between-thresholds', 'name-disagreement', 'credit-code-conflict']),
  /** The rule of the model that overrode the weights, if any (core/registry MatchExplanation.rule). */
  rule: z.enum(['credit-code-conflict', 'name-disagreement']).nullable(),
  /** The thresholds the weight was held against: merged at or above `merge`, reviewed from `review`. */
  thresholds: z.object({ merge: z.number(), review: z.number() }),
  modelVersion: z.string(),
  /** The waterfall: the prior, then each field's weight and the running total after it, ending at `weight`. */
  prior: z.number(),
  steps: z.array(
    z.object({
      field: z.string(),
      level: z.string(),
      weight: z.number(),
      runningTotal: z.number(),
      valueA: z.string().nullable(),
      valueB: z.string().nullable(),
    }),
  ),
  /** Whether the caller may decide this pair (registry.review reaching its location). */
  abilities: z.object({ review: z.boolean() }),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const creditCodeParam = z.strictObject({ code: z.string().max(64) });

/** 信用代码校验结果 — what the public endpoint answers; the decoded parts only for a valid code. */
export const creditCodeAnswerSchema = z.object({
  valid: z.boolean(),
  normalized: z.string(),
  reason: z.string().nullable(),
  authority: z.object({ code: z.string(), name: z.string().nullable() }).optional(),
  entityType: z.object({ code: z.string(), name: z.string().nullable() }).optional(),
  areaCode: z.string().optional(),
  areaName: z.string().optional(),
  /** What areaName names: a Shanghai district is named exactly, other counties by their province only. */
  areaLevel: z.enum(['national', 'province', 'prefecture', 'county']).optional(),
  organisationCode: z.string().optional(),
});
export type CreditCodeAnswer = z.infer<typeof creditCodeAnswerSchema>;

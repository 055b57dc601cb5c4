/** 政策接口入参 — the request shapes of the policies API (the shared contract of issue 6). */
import { z } from 'zod';
import { isLocalDate } from '../../../core/calendar';
import { POLICY_KINDS } from '../../../core/rules';

export const dateSchema = z.string().refine(isLocalDate, 'expected a date YYYY-MM-DD');

export const policyParams = z.object({ id: z.string().min(1).max(100) });
export const draftParams = policyParams.extend({ draftId: z.uuid() });

export const listQuery = z.strictObject({ kind: z.enum(POLICY_KINDS).optional(), asOf: dateSchema.optional() });
export const asOfQuery = z.strictObject({ asOf: dateSchema.optional() });

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const evaluateBody = z.strictObject({
  // Any object, checked as a whole: evaluateFacts checks each fact against the catalogue (400 naming it). A record
  // or loose object schema would walk and copy every key and value once more on the hot path of self-check.
  facts: z.custom<Record<string, unknown>>(isPlainObject, 'expected an object of facts by name').meta({ type: 'object' }),
  asOf: dateSchema.optional(),
});

const matchFilter = {
  result: z.enum(['eligible', 'likely', 'undetermined', 'all']).default('all'),
  townCode: z.string().regex(/^\d{9}$/, 'a 9-digit town code').optional(),
  bodyId: z.string().min(1).max(64).optional(),
  asOf: dateSchema.optional(),
};
export const matchesQuery = z.strictObject({
  ...matchFilter,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const matchesExportQuery = z.strictObject(matchFilter);

export const draftBody = z.strictObject({
  validFrom: dateSchema,
  parameters: z.record(z.string().min(1).max(100), z.union([z.number(), z.string().max(200), z.boolean()])),
  note: z.string().trim().max(1000).nullish(),
});

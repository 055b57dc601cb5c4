/**
 * 政策目录文件结构 — the outer shape of policies/facts.yaml, policies/shared.yaml and policies/<policy>.yaml,
 * checked with zod (strict: an unknown field is an error). Rule bodies (conditions, expressions, amounts) are
 * left as `unknown` here and parsed node by node by parse-condition / parse-amount, which know their grammar.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { FACT_TYPES } from './facts';
import { PARAMETER_TYPES, POLICY_KINDS } from './policy-types';

const text = z.string().trim().min(1, 'must not be empty');
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9 and -)');
export const factNameSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/, 'must be a camelCase name, dotted for groups (applicant.degree)');
export const parameterNameSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase name');
export const isoDateSchema = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD (quote it in YAML)');
const sourceRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#.+)?$/, 'must be "<source id>" or "<source id>#<where>"');

export const legalRefSchema = z.strictObject({ document: idSchema, article: text });

const optionSchema = z.strictObject({ value: text, label: text, labelEn: text });

/** facts.yaml — the application facts (declared figures) policies may read. */
export const factsFileSchema = z.strictObject({
  facts: z.record(
    factNameSchema,
    z
      .strictObject({
        type: z.enum(FACT_TYPES),
        label: text,
        labelEn: text,
        help: text.optional(),
        helpEn: text.optional(),
        options: z.array(optionSchema).min(1).optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        pattern: text.optional(),
      })
      .refine((fact) => (fact.type === 'enum') === (fact.options !== undefined), {
        message: 'an enum fact lists its options, and only an enum fact does',
        path: ['options'],
      })
      .refine((fact) => (fact.help === undefined) === (fact.helpEn === undefined), {
        message: 'give help and helpEn together',
        path: ['helpEn'],
      }),
  ),
});

const documentSchema = z.strictObject({
  id: idSchema,
  title: text,
  titleEn: text,
  issuer: text.optional(),
  url: z.url().optional(),
  source: sourceRefSchema,
  verified: z.boolean(),
});

export const parameterSchema = z.strictObject({
  type: z.enum(PARAMETER_TYPES),
  label: text,
  labelEn: text,
  legalRef: legalRefSchema,
  source: sourceRefSchema,
  verified: z.boolean(),
  note: text.optional(),
  noteEn: text.optional(),
  values: z
    .array(
      z.strictObject({
        from: isoDateSchema,
        value: z.union([z.number(), z.string(), z.boolean(), z.record(z.string(), z.unknown())]),
        legalRef: legalRefSchema.optional(),
      }),
    )
    .min(1, 'give at least one dated value'),
});

/** shared.yaml — documents, shared parameters and conditions, and the annual ceiling. */
export const sharedFileSchema = z.strictObject({
  documents: z.array(documentSchema).min(1, 'list at least one document'),
  parameters: z.record(parameterNameSchema, parameterSchema).default({}),
  conditions: z
    .record(
      parameterNameSchema,
      z.strictObject({ label: text, labelEn: text, condition: z.unknown() }),
    )
    .default({}),
  annualCeiling: z
    .strictObject({ parameter: parameterNameSchema, kinds: z.array(z.enum(POLICY_KINDS)).min(1) })
    .optional(),
});

const rubricSchema = z
  .strictObject({
    scale: z.strictObject({
      min: z.int(),
      max: z.int(),
      labels: z.array(z.strictObject({ score: z.int(), label: text, labelEn: text })).min(2),
    }),
    criteria: z
      .array(
        z.strictObject({
          id: idSchema,
          name: text,
          nameEn: text,
          weight: z.number().positive(),
          description: text.optional(),
          descriptionEn: text.optional(),
        }),
      )
      .min(1),
  })
  .refine((rubric) => rubric.scale.min < rubric.scale.max, { message: 'min must be below max', path: ['scale', 'max'] })
  .refine((rubric) => rubric.scale.labels.every((l) => l.score >= rubric.scale.min && l.score <= rubric.scale.max), {
    message: 'every label score must lie within the scale',
    path: ['scale', 'labels'],
  })
  .refine((rubric) => rubric.criteria.reduce((sum, c) => sum + c.weight, 0) === 100, {
    message: 'criteria weights must sum to 100',
    path: ['criteria'],
  });

const materialSchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text,
  required: z.boolean().default(true),
  when: z.unknown().optional(),
  note: text.optional(),
  noteEn: text.optional(),
});

const versionSchema = z.strictObject({
  version: z.int().positive(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  note: text.optional(),
  noteEn: text.optional(),
  legalRef: legalRefSchema.optional(),
  eligibility: z.unknown(),
  amount: z.unknown().optional(),
  items: factNameSchema.optional(),
  materials: z.array(materialSchema).default([]),
  form: z
    .strictObject({ optional: z.array(factNameSchema).default([]), extra: z.array(factNameSchema).default([]) })
    .optional(),
  rubric: rubricSchema.optional(),
});

/** <policy>.yaml — one policy. */
export const policyFileSchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text,
  kind: z.enum(POLICY_KINDS),
  summary: text.optional(),
  summaryEn: text.optional(),
  legalBasis: z.array(legalRefSchema).min(1, 'cite at least one document'),
  parameters: z.record(parameterNameSchema, parameterSchema).default({}),
  versions: z.array(versionSchema).min(1, 'give at least one version'),
});

export type FactsFile = z.output<typeof factsFileSchema>;
export type SharedFile = z.output<typeof sharedFileSchema>;
export type PolicyFile = z.output<typeof policyFileSchema>;
export type ParameterInput = z.output<typeof parameterSchema>;

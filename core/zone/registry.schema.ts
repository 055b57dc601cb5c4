/**
 * 企业清单配置结构 — registry.yaml of a zone pack: the named sources of enterprise records (with their trust rank
 * and column-mapping template, one of them the statistics directory), per-field survivorship orders, and the table
 * that maps GB/T 4754-2017 class codes to the zone's leading industries and chain segments. Cross-record checks
 * (unique ids, known sources, segments of the right industry, cited sources) are in check-registry-references.ts.
 */
import { z } from 'zod';
import { AMOUNT_UNITS, REGISTRY_FIELDS, type RegistryField } from '../registry/mapping/registry-fields';
import { CHAIN_SEGMENTS, INDUSTRIES } from '../registry/industry/industry-codes';
import { sourceRefSchema, unitIdSchema } from './zone-pack.schema';

const text = z.string().trim().min(1, 'must not be empty');
const fact = { source: sourceRefSchema, verified: z.boolean() };
const fieldSchema = z.enum(REGISTRY_FIELDS as [RegistryField, ...RegistryField[]]);

/** 列映射模板 — field → header aliases, required fields, the row key, the default amount unit, the coordinate system. */
const columnsSchema = z.partialRecord(fieldSchema, z.array(text).min(1, 'list at least one header'));

/** 数据来源 — one named source of enterprise records. */
export const registrySourceSchema = z.strictObject({
  id: unitIdSchema,
  name: text,
  nameEn: text,
  /** Lower is more trusted: survivorship takes each field from the most trusted source that has it. */
  trustRank: z.number().int().min(1),
  /** 统计名录库 — the statistics bureau's directory, against which coverage (应统尽统) is measured. */
  statisticsDirectory: z.boolean().default(false),
  columns: columnsSchema,
  required: z.array(fieldSchema).default(['name']),
  rowKey: fieldSchema.nullable().default(null),
  amountUnit: z.enum(AMOUNT_UNITS).default('万元'),
  crs: z.enum(['wgs84', 'gcj02', 'bd09']).default('wgs84'),
  note: text.optional(),
  ...fact,
});

/** 行业映射 — a GB/T 4754-2017 class-code prefix and the leading industry and chain segment it counts towards. */
export const industryRuleSchema = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/, 'must be a class-code prefix of 2 to 4 digits (quote it in YAML)'),
  /** The class's title in GB/T 4754-2017. */
  title: text,
  industry: z.enum(INDUSTRIES),
  chainSegment: z.enum(CHAIN_SEGMENTS).nullable(),
  note: text.optional(),
  ...fact,
});

/** registry.yaml */
export const registryFileSchema = z.strictObject({
  version: text,
  sources: z.array(registrySourceSchema).min(1, 'list at least one source'),
  /** Field → source ids in order of trust for that field, where it differs from the trust ranks. */
  survivorship: z.partialRecord(fieldSchema, z.array(unitIdSchema).min(1)).default({}),
  /** Labels a source writes for an industry (重点产业: 生物医药), used when a record has no industry code. */
  industryLabels: z.record(text, z.enum(INDUSTRIES)).default({}),
  industries: z.array(industryRuleSchema),
});

/** 企业清单配置 — the validated registry.yaml. */
export type RegistryConfig = z.output<typeof registryFileSchema>;
/** 数据来源 */
export type RegistrySourceConfig = z.output<typeof registrySourceSchema>;
/** 行业映射 */
export type IndustryRuleConfig = z.output<typeof industryRuleSchema>;

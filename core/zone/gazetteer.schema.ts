/**
 * 地名库结构 — gazetteer.yaml of a zone pack: the region every address of the zone lies in, roads per town,
 * statistical units and named areas with the bodies they lie in, and the county's other towns. Read by the address
 * resolver (core/territory/address). Cross-file checks live in check-gazetteer-references.ts.
 */
import { z } from 'zod';
import { sourceRefSchema, unitIdSchema } from './zone-pack.schema';

const text = z.string().trim().min(1, 'must not be empty');
const townCode = z.string().regex(/^\d{9}$/, 'must be a 9-digit code (quote it in YAML)');
const fact = { source: sourceRefSchema, verified: z.boolean() };

/** 辖区 — the province, city and county (with the names it goes by) that contain the zone. */
const regionSchema = z.strictObject({
  province: text,
  city: text,
  county: text,
  countyCode: z.string().regex(/^\d{6}$/, 'must be a 6-digit county code (quote it in YAML)'),
  countyAliases: z.array(text).default([]),
  ...fact,
});

/** 街镇地名 — one town of organisations.yaml (by id), its other names and the roads that run through it. */
const gazetteerTownSchema = z.strictObject({
  town: townCode,
  aliases: z.array(text).default([]),
  roads: z.array(text).min(1, 'list at least one road'),
  ...fact,
});

/** 统计单元地名 — a statistical unit, the bodies whose areas it lies in, and whether part of it lies outside the zone. */
const gazetteerStatisticalUnitSchema = z.strictObject({
  unit: townCode,
  aliases: z.array(text).default([]),
  bodies: z.array(unitIdSchema).min(1, 'name at least one body'),
  partlyOutside: z.boolean(),
  ...fact,
});

/** 命名片区 — a named area (the resort) that lies in one town and one body. */
const gazetteerAreaSchema = z.strictObject({
  id: unitIdSchema,
  name: text,
  aliases: z.array(text).default([]),
  town: townCode,
  body: unitIdSchema,
  ...fact,
});

/** 区内其他街镇 — towns of the county that are not in the zone. */
const otherTownsSchema = z.strictObject({
  towns: z.array(z.strictObject({ code: townCode, name: text })),
  ...fact,
});

/** gazetteer.yaml */
export const gazetteerFileSchema = z.strictObject({
  version: text,
  region: regionSchema,
  towns: z.array(gazetteerTownSchema).min(1, 'list at least one town'),
  statisticalUnits: z.array(gazetteerStatisticalUnitSchema).default([]),
  areas: z.array(gazetteerAreaSchema).default([]),
  otherTowns: otherTownsSchema.optional(),
});

/** 地名库 — the validated gazetteer of a zone. */
export type Gazetteer = z.output<typeof gazetteerFileSchema>;

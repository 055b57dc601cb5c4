/**
 * 园区配置包结构 — the shape of each file of a zone pack (zones/<zone>/), checked with zod. Objects are strict:
 * an unknown field is an error, so a typo never silently drops a fact. Checks that span records or files
 * (unique ids, references, layers against units) live in check-zone-pack-references.ts.
 */
import { z } from 'zod';
import type { LayerFeatureCollection } from './geojson.schema';
import type { Gazetteer } from './gazetteer.schema';
import type { RoutingRules } from './routing.schema';
import type { RegistryConfig } from './registry.schema';
import type { PolicyCatalog, PolicyDocument } from '../rules';
import type { WorkflowDefinition } from '../workflow/workflow-definition.schema';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable identifier: lower-case kebab-case, or a numeric code (towns use their 9-digit code). */
export const unitIdSchema = z.string().regex(ID_PATTERN, 'must be lower-case kebab-case (a-z, 0-9 and -)');

/** `<source id>` or `<source id>#<where in it>`; the id must be listed under `sources` in zone.yaml. */
export const sourceRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#.+)?$/, 'must be "<source id>" or "<source id>#<where>"');

const text = z.string().trim().min(1, 'must not be empty');
const townCode = z.string().regex(/^\d{9}$/, 'must be a 9-digit code (quote it in YAML)');
const townCode12 = z.string().regex(/^\d{12}$/, 'must be a 12-digit code (quote it in YAML)');

/** Every fact says where it comes from and whether an official source confirms it. */
const fact = { source: sourceRefSchema, verified: z.boolean() };

/** 来源 — a document facts cite; only official ones may back `verified: true`. */
export const sourceSchema = z.strictObject({
  id: unitIdSchema,
  title: text,
  titleEn: text.optional(),
  publisher: text.optional(),
  url: z.url().optional(),
  file: text.optional(),
  official: z.boolean(),
});

/** zone.yaml — 园区. */
export const zoneFileSchema = z.strictObject({
  id: unitIdSchema,
  name: text,
  nameEn: text,
  description: text,
  descriptionEn: text,
  /** County codes (6 digits) every town and statistical-unit code of the zone starts with. */
  countyCodes: z.array(z.string().regex(/^\d{6}$/, 'must be a 6-digit county code')).optional(),
  sources: z.array(sourceSchema).min(1, 'list at least one source'),
  ...fact,
});

/** 组织类型 — what kind of unit an organisation is. */
export const UNIT_KINDS = [
  'zone',
  'joint-meeting',
  'working-group',
  'office',
  'department',
  'city-bureau',
  'body',
  'town',
  'statistical-unit',
] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

const unitBase = {
  id: unitIdSchema,
  name: text,
  nameEn: text,
  shortName: text.optional(),
  /** The parent unit's id; null only for the zone itself (the root). */
  parent: unitIdSchema.nullable(),
  note: text.optional(),
  ...fact,
};

const plainUnitSchema = z.strictObject({
  ...unitBase,
  kind: z.enum(['zone', 'joint-meeting', 'working-group', 'office', 'department', 'city-bureau']),
});

/** 管理主体 — handles cases for its part of the zone. */
const bodyUnitSchema = z.strictObject({
  ...unitBase,
  kind: z.literal('body'),
  area: z.enum(['original', 'expansion']),
  /** The mark added to its approval documents ("张江科学城"), or null when it acts in its own name. */
  approvalMark: text.nullable(),
});

const codedUnit = { code: townCode, code12: townCode12, codeSource: sourceRefSchema };

/** 街镇 — a township-level unit with its statistical codes. */
const townUnitSchema = z.strictObject({
  ...unitBase,
  ...codedUnit,
  kind: z.literal('town'),
  townKind: z.enum(['街道', '镇', '乡']),
});

/** 统计单元 — a 类似乡级单位 (development park) with its own statistical code. */
const statisticalUnitSchema = z.strictObject({ ...unitBase, ...codedUnit, kind: z.literal('statistical-unit') });

/** 组织 — one unit of organisations.yaml. */
export const orgUnitSchema = z.discriminatedUnion('kind', [
  plainUnitSchema,
  bodyUnitSchema,
  townUnitSchema,
  statisticalUnitSchema,
]);

/** organisations.yaml */
export const organisationsFileSchema = z.strictObject({ units: z.array(orgUnitSchema).min(1, 'list at least the zone unit') });

/** 责任分工 — one row of the responsibility matrix. */
export const responsibilitySchema = z.strictObject({
  id: unitIdSchema,
  matter: text,
  matterEn: text,
  lead: z.array(unitIdSchema).min(1, 'name at least one lead unit'),
  support: z.array(unitIdSchema).default([]),
  /** Every active unit of these kinds supports (e.g. town: "各街镇全力配合"). */
  supportKinds: z.array(unitKindSchema).default([]),
  note: text.optional(),
  noteEn: text.optional(),
  ...fact,
});

/** responsibilities.yaml */
export const responsibilitiesFileSchema = z.strictObject({ responsibilities: z.array(responsibilitySchema) });

/** A path inside the pack: relative, forward slashes, no `..`, ending in .geojson. */
const packFilePath = z
  .string()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.geojson$/, 'must be a relative path inside the pack ending in .geojson');

/** 图层 — one entry of layers.yaml. */
export const layerEntrySchema = z.strictObject({
  layer: unitIdSchema,
  file: packFilePath,
  name: text,
  nameEn: text,
  geometry: z.enum(['polygon', 'point', 'line']),
  /** The features are the units of this kind, matched by id. */
  unitKind: unitKindSchema.optional(),
  approximate: z.boolean(),
  ...fact,
});

/** layers.yaml */
export const layersFileSchema = z.strictObject({ layers: z.array(layerEntrySchema).min(1, 'list at least one layer') });

/** 来源 */
export type Source = z.output<typeof sourceSchema>;
/** 园区 — the zone as zone.yaml describes it. */
export type ZoneInfo = z.output<typeof zoneFileSchema>;
/** 组织 — a unit of the organisation tree. */
export type OrgUnit = z.output<typeof orgUnitSchema>;
/** 责任分工 — a row of the responsibility matrix. */
export type Responsibility = z.output<typeof responsibilitySchema>;
/** 图层条目 — a layer as layers.yaml lists it. */
export type LayerEntry = z.output<typeof layerEntrySchema>;

/** 图层 — a layer with its GeoJSON. */
export interface TerritoryLayer extends LayerEntry {
  geojson: LayerFeatureCollection;
}

/** 园区配置包 — a whole, validated zone pack. */
export interface ZonePack {
  zone: ZoneInfo;
  units: OrgUnit[];
  responsibilities: Responsibility[];
  layers: TerritoryLayer[];
  /** gazetteer.yaml, when the pack has one (address resolution). */
  gazetteer?: Gazetteer;
  /** routing.yaml, when the pack has one (case routing). */
  routing?: RoutingRules;
  /** policies/, when the pack has it (policy rules). */
  policies?: ZonePackPolicies;
  /** registry.yaml, when the pack has one (enterprise registry sources and industry mapping). */
  registry?: RegistryConfig;
  /** workflows/*.yaml, when the pack has them (case workflows), ordered by file name. */
  workflows?: WorkflowDefinition[];
}

/** 政策目录 — the rule files of policies/ as written (stored so every app node parses the same text), validated. */
export interface ZonePackPolicies {
  documents: PolicyDocument[];
  catalog: PolicyCatalog;
}

/**
 * The folder of policy rule files; `<policy>.tests.yaml` (golden tests) and other files in it are not rules. Its files
 * travel among the pack documents as text, because the rules loader parses them itself to name lines in errors.
 */
export const POLICIES_FOLDER = 'policies/';

/** The folder of workflow definitions (办件流程), one YAML file per workflow, named by its id. */
export const WORKFLOWS_FOLDER = 'workflows/';

export function isWorkflowFile(file: string): boolean {
  return file.startsWith(WORKFLOWS_FOLDER) && file.endsWith('.yaml') && !file.slice(WORKFLOWS_FOLDER.length).includes('/');
}

export function isPolicyRuleFile(file: string): boolean {
  return file.startsWith(POLICIES_FOLDER) && file.endsWith('.yaml') && !file.endsWith('.tests.yaml') && !file.slice(POLICIES_FOLDER.length).includes('/');
}

/** The fixed files of a pack, by role. Layer files are named in layers.yaml. */
export const ZONE_PACK_FILES = {
  zone: 'zone.yaml',
  organisations: 'organisations.yaml',
  responsibilities: 'responsibilities.yaml',
  layers: 'layers.yaml',
} as const;

/** Files a pack may have; without them the features that read them (addresses, routing) are unavailable. */
export const OPTIONAL_ZONE_PACK_FILES = {
  gazetteer: 'gazetteer.yaml',
  routing: 'routing.yaml',
  registry: 'registry.yaml',
} as const;

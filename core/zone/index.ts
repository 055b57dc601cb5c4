/** 园区配置包 — schema, validation and summaries of a zone pack; pure, shared by server and web. */
export { featureCollectionSchema } from './geojson.schema';
export type { LayerFeature, LayerFeatureCollection, LayerGeometry } from './geojson.schema';
export { parseZonePack } from './parse-zone-pack';
export type { ZonePackDocuments, ZonePackParseResult } from './parse-zone-pack';
export { summarizeZonePack } from './summarize-zone-pack';
export type { ZonePackSummary } from './summarize-zone-pack';
export { formatIssuePath } from './zone-pack-issue';
export type { ZonePackIssue } from './zone-pack-issue';
export { isPolicyRuleFile, OPTIONAL_ZONE_PACK_FILES, POLICIES_FOLDER, UNIT_KINDS, ZONE_PACK_FILES } from './zone-pack.schema';
export { isWorkflowFile, WORKFLOWS_FOLDER } from './zone-pack.schema';
export { gazetteerFileSchema, type Gazetteer } from './gazetteer.schema';
export {
  registryFileSchema,
  type IndustryRuleConfig,
  type RegistryConfig,
  type RegistrySourceConfig,
} from './registry.schema';
export {
  LOCATION_UNIT_REFS,
  routingFileSchema,
  STEP_ROLES,
  type RouteRule,
  type RouteStepRule,
  type RoutingRules,
  type StepRole,
} from './routing.schema';
export type {
  LayerEntry,
  OrgUnit,
  Responsibility,
  Source,
  TerritoryLayer,
  UnitKind,
  ZoneInfo,
  ZonePack,
  ZonePackPolicies,
} from './zone-pack.schema';
export { zoneSummarySchema } from './zone-summary.schema';
export type { UnitRef, ZoneSummary } from './zone-summary.schema';

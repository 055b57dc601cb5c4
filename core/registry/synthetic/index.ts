/** 合成企业登记数据 — the demo data generator's pure part (the file writer is scripts/generate-registry.ts). */
export { EnterpriseFactory, type EnterpriseFactoryOptions } from './enterprise-factory';
export {
  buildLabelledDataset,
  generateSyntheticRegistry,
  toRegistryRecord,
  type LabelledDataset,
  type SyntheticEntry,
  type SyntheticRegistryOptions,
} from './generate-synthetic-registry';
export { INDUSTRY_CLASSES, type IndustryClass, type IndustryGroup } from './name-words';
export { FALLBACK_ZONE_TOWNS, OUTSIDE_PLACES, TOWN_WEIGHTS, type OutsidePlace, type SyntheticTown } from './places';
export { SOURCE_PROFILES, type SourceProfile } from './source-profiles';
export { readColumn, SYNTHETIC_FILES, type SyntheticColumn, type SyntheticEncoding, type SyntheticFile } from './synthetic-files';
export { SYNTHETIC_SOURCE_IDS, type SyntheticEnterprise, type SyntheticRecord, type SyntheticSourceId } from './synthetic-types';

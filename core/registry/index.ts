/**
 * 企业登记 — pure core of the enterprise registry: credit codes (GB 32100 / GB 11714), normalisation of names,
 * addresses, phones, people and dates, and Fellegi–Sunter entity resolution with blocking, the credit-code
 * constraint, review queue, waterfall explanations and survivorship. The synthetic demo generator is in ./synthetic.
 */
export {
  checkCreditCode,
  creditCodeCheckCharacter,
  describeCreditCodeProblem,
  isValidCreditCode,
  normalizeCreditCode,
  organisationCodeCheckCharacter,
  type CreditCodeCheck,
  type CreditCodeProblem,
} from './credit-code';
export { CREDIT_CODE_AUTHORITIES, type BilingualName, type CreditCodeAuthority } from './credit-code-authorities';
export { describeAreaCode, type AreaCodeName } from './administrative-areas';

export { foldWidth, foldWidthAndBrackets } from './normalize/fold-width';
export { DEFAULT_REGION_NAMES, INDUSTRY_WORDS, type LegalForm } from './normalize/enterprise-name-vocabulary';
export {
  normalizeEnterpriseName,
  splitIndustryWords,
  type NameNormalizationOptions,
  type NormalizedEnterpriseName,
} from './normalize/normalize-enterprise-name';
export { normalizeRegistryAddress, type NormalizedAddress } from './normalize/normalize-registry-address';
export { normalizePhoneNumbers } from './normalize/normalize-phone-numbers';
export { normalizePersonName } from './normalize/normalize-person-name';
export { parseRegistryDate, type RegistryDate } from './normalize/parse-registry-date';

export { MATCH_FIELDS, type MatchField, type PreparedRecord, type RegistryRecord } from './matching/registry-record';
export { prepareRecord, prepareRecords } from './matching/prepare-record';
export { isWithinOneEdit, jaroWinkler } from './matching/string-similarity';
export {
  computeWeightTable,
  DEFAULT_MATCH_MODEL,
  FIELD_LEVELS,
  weightToProbability,
  type ComparisonLevel,
  type LevelProbabilities,
  type MatchModel,
  type WeightTable,
} from './matching/match-model';
export { matchModelSchema } from './matching/match-model.schema';
export { compareRecords, type ComparisonVector } from './matching/compare-records';
export {
  classifyWeight,
  explainMatch,
  sumWeights,
  type MatchExplanation,
  type MatchOutcome,
  type WaterfallStep,
} from './matching/explain-match';
export { DEFAULT_BLOCKING_PASSES, type BlockingPass } from './matching/blocking-passes';
export {
  buildCandidatePairs,
  DEFAULT_MAX_BLOCK_SIZE,
  type BlockingOptions,
  type BlockingPassStats,
  type CandidatePairs,
} from './matching/build-candidate-pairs';
export { ConstrainedUnionFind } from './matching/constrained-union-find';
export { chooseCodeOwners, type CodeCandidate } from './matching/choose-code-owners';
export {
  resolveEntities,
  type ClusterLink,
  type MatchDecisions,
  type ResolutionOptions,
  type ResolutionResult,
  type ResolutionStats,
  type ResolvedCluster,
  type ReviewItem,
} from './matching/resolve-entities';
export { trainMatchModel, type TrainingOptions, type TrainingResult } from './matching/train-match-model';
export { buildGoldenRecord, type GoldenRecord, type GoldenValue, type SurvivorshipRules } from './matching/build-golden-record';
export { measureClusterQuality, type ClusterQuality } from './matching/measure-cluster-quality';

export {
  AMOUNT_UNITS,
  RECORD_COLUMN_FIELDS,
  REGISTRY_FIELD_KINDS,
  REGISTRY_FIELD_LABELS,
  REGISTRY_FIELDS,
  type AmountUnit,
  type ColumnTemplate,
  type RecordColumnField,
  type RegistryField,
  type RegistryFieldKind,
  type SourceCrs,
} from './mapping/registry-fields';
export { headerKey, planColumns, type ColumnPlan, type FieldColumn, type HeaderCheck, type MissingColumn } from './mapping/plan-columns';
export { mapRow, type CellProblem, type MappedRow, type RowMapping } from './mapping/map-row';
export { renderRejectionReason, storeRejectionReason, type RejectionReason } from './mapping/rejection-reason';
export { parseAmount, parseCount, unitOfHeader, type ParsedAmount } from './normalize/parse-amount';
export {
  CHAIN_SEGMENTS,
  CHAIN_SEGMENTS_BY_INDUSTRY,
  INDUSTRIES,
  isSegmentOf,
  type ChainSegment,
  type Industry,
} from './industry/industry-codes';
export {
  createIndustryClassifier,
  normalizeIndustryCode,
  type IndustryClassification,
  type IndustryClassifier,
  type IndustryRule,
} from './industry/classify-industry';

/**
 * 政策规则（rules as code）— the policy rule language, its loader and evaluator: versioned eligibility and amounts
 * with traces and plain-language explanations. Pure: callers hand in file texts and facts.
 */
export { parsePolicyCatalog } from './parse-policy-catalog';
export type { ParseCatalogOptions, PolicyCatalogParseResult, PolicyDocument } from './parse-policy-catalog';
export { evaluatePolicy } from './evaluate-policy';
export type { EligibilityResult, EvaluateOptions, PolicyEvaluation } from './evaluate-policy';
export { explainInPlainLanguage } from './explain-in-plain-language';
export { classifyMatch, explainLikely, MATCH_RESULTS } from './classify-match';
export type { MatchResult } from './classify-match';
export { checkFacts } from './check-facts';
export type { FactIssue } from './check-facts';
export { applyAnnualCeiling } from './apply-annual-ceiling';
export type { CeilingOutcome } from './apply-annual-ceiling';
export { detectDoubleFunding } from './detect-double-funding';
export type { DoubleFunding } from './detect-double-funding';
export { findPolicyVersion } from './find-policy-version';
export { applyPolicyRevision } from './apply-policy-revision';
export type { PolicyRevision, RevisionIssue, RevisionResult } from './apply-policy-revision';
export { listPolicyParameters, parameterValueOn } from './policy-parameters';
export { classifyEnterpriseSize } from './classify-enterprise-size';
export type { EnterpriseSize, SizeFigures } from './classify-enterprise-size';
export { compareResults, createSimulationTally } from './tally-simulation';
export type { ChangeKind, GroupTotals, SideResult, SimulationTally, SimulationTotals } from './tally-simulation';
export { parsePolicyTests, runPolicyTest } from './policy-tests';
export type { PolicyTest, PolicyTestFailure, PolicyTestFile } from './policy-tests';
export { ENTERPRISE_FACTS, FACT_TYPES } from './facts';
export type { FactCatalogue, FactDefinition, FactOption, FactType } from './facts';
export { PARAMETER_TYPES, POLICY_KINDS } from './policy-types';
export type {
  AnnualCeiling,
  FormField,
  LegalDocument,
  Material,
  Parameter,
  ParameterType,
  ParameterValue,
  Policy,
  PolicyCatalog,
  PolicyCatalogIssue,
  PolicyKind,
  PolicyVersion,
  Rubric,
  SharedCondition,
} from './policy-types';
export type { AmountFormula, Band, Condition, Expr, LegalRef, LiteralValue } from './rule-ast';
export type { LegalRefView, ParameterUse, TraceEntry } from './trace';
export type { RuleLocale, Text } from './text';
export { pickText } from './text';

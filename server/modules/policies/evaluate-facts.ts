/**
 * 自测 — evaluates one policy for facts an enterprise or a visitor gives: facts of the wrong type or unknown names
 * are refused all at once (400 naming each), missing ones make the result undetermined; the answer carries the
 * trace and the "why / why not" in the caller's language.
 */
import { AppError } from '../../../core/errors';
import { checkFacts, evaluatePolicy, explainInPlainLanguage, type RuleLocale } from '../../../core/rules';
import { getPolicy } from './get-policy';
import type { CatalogueInForce } from './load-catalogue-in-force';

export function evaluateFacts(catalogue: CatalogueInForce, policyId: string, facts: Readonly<Record<string, unknown>>, asOf: string, locale: RuleLocale) {
  const { policy } = getPolicy(catalogue, policyId, asOf);
  const issues = checkFacts(policy, facts);
  if (issues.length > 0) {
    throw new AppError('POLICY_FACTS_INVALID', { facts: issues.map((i) => `${i.fact}: ${i.reason}`), invalid: issues });
  }
  const evaluation = evaluatePolicy(policy, facts, asOf);
  return {
    result: evaluation.result,
    amount: evaluation.amount,
    version: evaluation.version,
    trace: evaluation.trace,
    missing: evaluation.missing,
    materials: evaluation.materials,
    explanation: explainInPlainLanguage(evaluation.trace, locale),
  };
}

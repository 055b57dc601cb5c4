/**
 * 年度资助上限 — one enterprise's amounts in one year, across the policies the ceiling covers (shared.yaml,
 * `annualCeiling`), cut so their total stays within the ceiling parameter in force on `asOf`. Results are served in
 * the order given (the caller orders them, e.g. by application date); the first keep their amounts, the one that
 * crosses the ceiling gets the remainder, those after it get 0. Works in whole fen.
 */
import { AppError, ErrorCode } from '../errors';
import { parseIsoDate } from './dates';
import type { PolicyEvaluation } from './evaluate-policy';
import type { PolicyCatalog } from './policy-types';
import * as q from './rational';
import { resolveParameter } from './resolve-parameters';

export interface CeilingOutcome {
  /** The results with `amount` / `amountFen` cut where needed, and `ceilingCutFen` set on those cut. */
  results: (PolicyEvaluation & { ceilingCutFen?: number })[];
  /** The ceiling in yuan with its parameter; null when the catalogue declares none. */
  ceiling: { value: number; parameter: string; legalRef: { document: string; article: string } } | null;
  totalBeforeFen: number;
  totalAfterFen: number;
}

export function applyAnnualCeiling(catalog: PolicyCatalog, results: readonly PolicyEvaluation[], asOf: string): CeilingOutcome {
  const totalBeforeFen = results.reduce((sum, r) => sum + (r.amountFen ?? 0), 0);
  const config = catalog.annualCeiling;
  if (!config) return { results: [...results], ceiling: null, totalBeforeFen, totalAfterFen: totalBeforeFen };
  const date = parseIsoDate(asOf);
  if (date === undefined) throw new AppError(ErrorCode.VALIDATION_FAILED, { issues: [`asOf: expected a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`] });
  const resolved = resolveParameter(config.parameter, date, catalog.parameters);
  const ceilingFen = q.toFen(resolved.value as q.Rational);
  const covered = new Set(config.kinds);
  let remaining = ceilingFen;
  const adjusted = results.map((result) => {
    if (!covered.has(result.kind) || result.amountFen === null) return result;
    const granted = Math.min(result.amountFen, Math.max(remaining, 0));
    remaining -= granted;
    if (granted === result.amountFen) return result;
    return { ...result, amountFen: granted, amount: granted / 100, ceilingCutFen: result.amountFen - granted };
  });
  return {
    results: adjusted,
    ceiling: { value: ceilingFen / 100, parameter: config.parameter, legalRef: resolved.legalRef },
    totalBeforeFen,
    totalAfterFen: adjusted.reduce((sum, r) => sum + (r.amountFen ?? 0), 0),
  };
}

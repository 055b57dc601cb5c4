/**
 * 政策测算 — evaluates one policy for one set of facts on a date: picks the version in force, decides eligibility
 * by three-valued logic, computes the amount exactly (rounded half up to the fen, never negative), lists the
 * materials and funded items, and (unless asked not to) records a trace of every step. Deterministic and pure.
 * A missing fact gives `undetermined` with the facts needed — unless the facts given already decide the result.
 */
import { AppError, ErrorCode } from '../errors';
import { getCompiledVersion, type CompiledVersion } from './compile-version';
import { parseIsoDate } from './dates';
import { render } from './describe';
import { formatMoney } from './format-value';
import type { Policy, PolicyKind } from './policy-types';
import * as q from './rational';
import { newEntry, type EvalContext, type TraceEntry } from './trace';

export type EligibilityResult = 'eligible' | 'ineligible' | 'undetermined';

/** 测算结果 */
export interface PolicyEvaluation {
  policyId: string;
  kind: PolicyKind;
  result: EligibilityResult;
  /** Yuan, to the fen; null when not eligible, when the policy pays nothing, or when the amount lacks facts. */
  amount: number | null;
  /** The same amount in whole fen, for sums without drift. */
  amountFen: number | null;
  version: Readonly<{ policyId: string; version: number; validFrom: string }>;
  /** Empty (and shared) when evaluated without trace. */
  trace: readonly TraceEntry[];
  /** Facts needed but absent: those that keep the result undetermined, or (if eligible) the amount unknown. */
  missing: readonly string[];
  /** Read-only: unconditional lists are shared between results. */
  materials: readonly { readonly id: string; readonly name: string; readonly nameEn: string; readonly required: boolean }[];
  /** Items this result funds (eligible results only), for the no-double-funding check. */
  items: readonly string[];
}

export interface EvaluateOptions {
  /** Record the trace (default true). Matching and simulation over the whole registry turn it off. */
  trace?: boolean;
}

const versionDates = new WeakMap<Policy, { from: number; to: number }[]>();
const NONE: readonly never[] = Object.freeze([]);
let lastAsOf = '';
let lastAsOfDate = 0;

function parseAsOf(asOf: string): number {
  if (asOf === lastAsOf) return lastAsOfDate;
  const date = parseIsoDate(asOf);
  if (date === undefined) throw new AppError(ErrorCode.VALIDATION_FAILED, { issues: [`asOf: expected a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`] });
  lastAsOf = asOf;
  lastAsOfDate = date;
  return date;
}

/** The version in force on `asOf` (yyyymmdd), if any. */
export function findVersionIndex(policy: Policy, asOf: number): number {
  let dates = versionDates.get(policy);
  if (!dates) {
    dates = policy.versions.map((v) => ({ from: parseIsoDate(v.validFrom)!, to: v.validTo ? parseIsoDate(v.validTo)! : Number.POSITIVE_INFINITY }));
    versionDates.set(policy, dates);
  }
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i]!.from <= asOf && asOf <= dates[i]!.to) return i;
  return -1;
}

// Matching evaluates one policy over the whole registry in a row: remember the last lookup.
let lastPolicy: Policy | undefined;
let lastDate = -1;
let lastTraced = false;
let lastCompiled: CompiledVersion | undefined;

function findCompiled(policy: Policy, date: number, asOf: string, traced: boolean): CompiledVersion {
  if (policy === lastPolicy && date === lastDate && traced === lastTraced) return lastCompiled!;
  const index = findVersionIndex(policy, date);
  if (index < 0) throw new AppError(ErrorCode.POLICY_NOT_IN_FORCE, { policyId: policy.id, asOf });
  lastCompiled = getCompiledVersion(policy, policy.versions[index]!, traced);
  lastPolicy = policy;
  lastDate = date;
  lastTraced = traced;
  return lastCompiled;
}

/** Untraced evaluations share one context (evaluation is synchronous and never re-entered). */
const bareContext: EvalContext = { facts: {}, asOf: 0, missing: [], missingCount: 0, trace: null, depth: 0 };
const materialContext: EvalContext = { facts: {}, asOf: 0, missing: [], missingCount: 0, trace: null, depth: 0 };

function listMissing(ctx: EvalContext): readonly string[] {
  const count = ctx.missingCount;
  if (count === 0) return NONE;
  return count === 1 ? [ctx.missing[0]!] : [...new Set(ctx.missing.slice(0, count))];
}

export function evaluatePolicy(policy: Policy, facts: Readonly<Record<string, unknown>>, asOf: string, options?: EvaluateOptions): PolicyEvaluation {
  const date = parseAsOf(asOf);
  const traced = options?.trace !== false;
  const compiled = findCompiled(policy, date, asOf, traced);
  const version = compiled.version;
  let ctx: EvalContext;
  if (traced) ctx = { facts, asOf: date, missing: [], missingCount: 0, trace: [versionEntry(compiled)], depth: 0 };
  else {
    ctx = bareContext;
    ctx.facts = facts;
    ctx.asOf = date;
    ctx.missingCount = 0;
    ctx.depth = 0;
  }

  const eligibility = compiled.eligibility(ctx);
  let missing = eligibility === null ? listMissing(ctx) : NONE;
  let amount: q.Rational | undefined;
  if (eligibility === true && compiled.amount) {
    ctx.missingCount = 0;
    amount = compiled.amount(ctx);
    if (amount === undefined) missing = listMissing(ctx);
    else if (amount.n < 0) amount = q.ZERO; // a formula never takes money back
  }
  const amountFen = amount === undefined ? null : q.toFen(amount);
  const result = eligibility === true ? 'eligible' : eligibility === false ? 'ineligible' : 'undetermined';
  if (ctx.trace) ctx.trace.push(resultEntry(result, amountFen, missing, policy));

  const itemsValue = eligibility === true && version.items ? facts[version.items] : undefined;
  return {
    policyId: policy.id,
    kind: policy.kind,
    result,
    amount: amountFen === null ? null : amountFen / 100,
    amountFen,
    version: compiled.versionRef,
    trace: ctx.trace ?? NONE,
    missing,
    materials: compiled.staticMaterials ?? listMaterials(compiled, facts, date),
    items: Array.isArray(itemsValue) ? itemsValue.filter((v): v is string => typeof v === 'string') : NONE,
  };
}

/** Materials whose condition holds are listed as declared; those still undecided are listed as not (yet) required. */
function listMaterials(compiled: CompiledVersion, facts: Readonly<Record<string, unknown>>, date: number): PolicyEvaluation['materials'] {
  const out: PolicyEvaluation['materials'][number][] = [];
  const ctx = materialContext;
  ctx.facts = facts;
  ctx.asOf = date;
  for (const { material, when } of compiled.materials) {
    ctx.missingCount = 0;
    const holds = when ? when(ctx) : true;
    if (holds === false) continue;
    out.push({ id: material.id, name: material.name.zh, nameEn: material.name.en, required: holds === true && material.required });
  }
  return out;
}

function versionEntry(compiled: CompiledVersion): TraceEntry {
  const v = compiled.version;
  const fixed = { path: v.path, kind: 'version', parametersUsed: {}, legalRef: null };
  return newEntry(fixed, 0, render('version', () => ({ version: String(v.version), from: v.validFrom })), true, {});
}

function resultEntry(result: EligibilityResult, amountFen: number | null, missing: readonly string[], policy: Policy): TraceEntry {
  const labels = (l: 'zh-CN' | 'en') => missing.map((name) => (l === 'zh-CN' ? policy.facts[name]?.label.zh : policy.facts[name]?.label.en) ?? name).join(l === 'zh-CN' ? '、' : ', ');
  const amountText = (l: 'zh-CN' | 'en') =>
    amountFen === null ? '' : l === 'zh-CN' ? `，资助金额 ${formatMoney(q.rational(amountFen, 100), l)}` : `; amount ${formatMoney(q.rational(amountFen, 100), l)}`;
  const name = result === 'eligible' ? (missing.length > 0 ? 'eligibleAmountUnknown' : 'eligible') : result;
  const outcome = result === 'eligible' ? true : result === 'ineligible' ? false : null;
  const entry = newEntry({ path: 'result', kind: 'result', parametersUsed: {}, legalRef: null }, 0, render(name, (l) => ({ amount: amountText(l), missing: labels(l) })), outcome, {});
  if (amountFen !== null) entry.value = amountFen / 100;
  if (missing.length > 0) entry.missing = [...missing];
  return entry;
}

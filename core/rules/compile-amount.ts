/**
 * 金额编译 — AmountFormula → closure returning an exact amount in yuan, or undefined when a fact it needs is
 * missing. Band bounds and rates are constants of the version, so their order is checked here, once. Traced
 * closures push one entry per step ("研发投入增量 1,000,000 元 × 20% = 200,000 元", "超过上限 …").
 */
import { collectAmount, collectExpression } from './collect-references';
import { compileCondition, type CompiledCondition } from './compile-condition';
import { compileExpression, quiet, type CompiledExpr } from './compile-expression';
import { makeFactsReader, pickParameterUses, viewLegalRef, type NodeScope, type VersionEnv } from './compile-env';
import { prefix, render, type TemplateName } from './describe';
import { formatMoney, formatValue } from './format-value';
import * as q from './rational';
import type { AmountFormula, Band } from './rule-ast';
import type { RuleLocale, Text } from './text';
import { newEntry, type EvalContext, type StaticEntry, type TraceEntry } from './trace';

export type CompiledAmount = (ctx: EvalContext) => q.Rational | undefined;

/** A rule that type-checks but cannot be compiled (bands out of order); reported at load with its path. */
export class RuleCompileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

type Describe = (ctx: EvalContext, value: q.Rational | undefined) => Text;

export function compileAmount(formula: AmountFormula, env: VersionEnv, scope: NodeScope): CompiledAmount {
  const inner: NodeScope = { pathPrefix: scope.pathPrefix, legalRef: formula.legalRef ?? scope.legalRef };
  const [body, describe] = compileBody(formula, env, inner);
  const traced = env.traced ? traceStep(formula, env, inner, body, describe) : body;
  return formula.cap ? withCap(formula, compileExpression(formula.cap, env, { type: 'money' }), traced, env, inner) : traced;
}

function money(value: q.Rational | undefined, l: RuleLocale): string {
  return value === undefined ? formatValue(undefined, 'money', l) : formatMoney(value, l);
}

function compileBody(formula: AmountFormula, env: VersionEnv, scope: NodeScope): [CompiledAmount, Describe] {
  const subject = (l: RuleLocale) => prefix(formula.label, l);
  switch (formula.kind) {
    case 'value': {
      const value = compileExpression(formula.value, env, { type: 'money' });
      const get = value.get as CompiledAmount;
      const plainValue = formula.value.kind === 'literal' || formula.value.kind === 'param';
      const named = (l: RuleLocale) => (formula.value.kind === 'param' ? `${pick(value.subject, l)} ` : '');
      return [
        get,
        (ctx, v) =>
          plainValue
            ? render('fixed', (l) => ({ subject: `${subject(l)}${named(l)}`, value: money(v, l) }))
            : render('value', (l) => ({ subject: subject(l), expression: value.render(ctx, l), value: money(v, l) })),
      ];
    }
    case 'share': {
      const of = compileExpression(formula.of, env, { type: 'money' });
      const rate = compileExpression(formula.rate, env, { type: 'rate' });
      const get: CompiledAmount = (ctx) => {
        const x = of.get(ctx) as q.Rational | undefined;
        const r = rate.get(ctx) as q.Rational | undefined;
        return x === undefined || r === undefined ? undefined : q.mul(x, r);
      };
      const shown = (e: CompiledExpr, ctx: EvalContext, l: RuleLocale) => formatValue(e.get(quiet(ctx)), e.type === 'money' ? 'money' : 'rate', l);
      const compound = formula.of.kind !== 'fact' && formula.of.kind !== 'param';
      const ofSubject = (l: RuleLocale) => (!compound ? pick(of.subject, l) : l === 'zh-CN' ? `（${of.subject.zh}）` : `(${of.subject.en})`);
      return [
        get,
        (ctx, v) =>
          render('share', (l) => ({ subject: subject(l), of: `${ofSubject(l)} ${shown(of, ctx, l)}`, rate: shown(rate, ctx, l), value: money(v, l) })),
      ];
    }
    case 'bands':
      return compileBands(formula, env);
    case 'choose': {
      const cases = formula.cases.map((c): [CompiledCondition, CompiledAmount] => [compileCondition(c.when, env, scope), compileAmount(c.then, env, scope)]);
      const otherwise = formula.otherwise ? compileAmount(formula.otherwise, env, scope) : undefined;
      let chosen = -1; // which case the last evaluation took, for its description only
      const get: CompiledAmount = (ctx) => {
        for (let i = 0; i < cases.length; i++) {
          const [when, then] = cases[i]!;
          const r = when(ctx);
          if (r === null) {
            chosen = -2;
            return undefined;
          }
          if (r) {
            chosen = i;
            return then(ctx);
          }
        }
        chosen = cases.length;
        return otherwise ? otherwise(ctx) : q.ZERO;
      };
      return [
        get,
        () => {
          const name: TemplateName = chosen === -2 ? 'chooseUnknown' : chosen === cases.length && !otherwise ? 'chooseNone' : 'choose';
          return render(name, (l) => ({ subject: subject(l), case: chosen === cases.length ? (l === 'zh-CN' ? '其他' : 'otherwise') : String(chosen + 1) }));
        },
      ];
    }
    case 'sum': {
      const items = formula.items.map((item) => compileAmount(item, env, scope));
      const get: CompiledAmount = (ctx) => {
        let total: q.Rational | undefined = q.ZERO;
        for (const item of items) {
          const v = item(ctx);
          total = v === undefined || total === undefined ? undefined : q.add(total, v);
        }
        return total;
      };
      return [get, (_ctx, v) => render('sum', (l) => ({ subject: subject(l), value: money(v, l) }))];
    }
  }
}

/** Band bounds, rates and amounts read no facts (checked at load), so an empty context evaluates them. */
function constant(expr: NonNullable<Band['upTo']>, env: VersionEnv): q.Rational {
  return compileExpression(expr, env).get({ facts: {}, asOf: 0, missing: [], missingCount: 0, trace: null, depth: 0 }) as q.Rational;
}

function compileBands(formula: Extract<AmountFormula, { kind: 'bands' }>, env: VersionEnv): [CompiledAmount, Describe] {
  const of = compileExpression(formula.of, env, { type: 'money' });
  const bands = formula.scale.map((band) => ({
    upTo: band.upTo ? constant(band.upTo, env) : undefined,
    rate: band.rate ? constant(band.rate, env) : undefined,
    amount: band.amount ? constant(band.amount, env) : undefined,
  }));
  bands.forEach((band, i) => {
    const previous = bands[i - 1]?.upTo;
    if (band.upTo && previous && q.compare(band.upTo, previous) <= 0) {
      throw new RuleCompileError(formula.scale[i]!.upTo!.path, `bands must rise: ${q.toDecimalString(band.upTo)} is not above ${q.toDecimalString(previous)}`);
    }
  });
  const marginal = formula.mode === 'marginal';
  const bandOf = (x: q.Rational) => bands.findIndex((band) => !band.upTo || q.compare(x, band.upTo) <= 0);
  const get: CompiledAmount = (ctx) => {
    const x = of.get(ctx) as q.Rational | undefined;
    if (x === undefined) return undefined;
    if (!marginal) {
      const band = bands[bandOf(x)]!;
      return band.amount ?? q.mul(band.rate!, x);
    }
    let total = q.ZERO;
    let floor = q.ZERO;
    for (const band of bands) {
      const top = band.upTo && q.compare(x, band.upTo) > 0 ? band.upTo : x;
      if (q.compare(top, floor) > 0) total = q.add(total, q.mul(q.sub(top, floor), band.rate!));
      if (!band.upTo || q.compare(x, band.upTo) <= 0) break;
      floor = band.upTo;
    }
    return total;
  };
  const shownOf = (ctx: EvalContext, l: RuleLocale) => `${pick(of.subject, l)} ${formatValue(of.get(quiet(ctx)), of.type, l, of.options)}`;
  const bound = (v: q.Rational, l: RuleLocale) => formatValue(v, of.type, l);
  const rule = (band: (typeof bands)[number], l: RuleLocale) =>
    band.amount ? (l === 'zh-CN' ? `定额 ${formatMoney(band.amount, l)}` : `fixed ${formatMoney(band.amount, l)}`) : `× ${formatValue(band.rate, 'rate', l)}`;
  const describe: Describe = (ctx, v) => {
    const x = of.get(quiet(ctx)) as q.Rational | undefined;
    const subject = (l: RuleLocale) => prefix(formula.label, l);
    if (x === undefined) return render('unknownAmount', (l) => ({ subject: subject(l) }));
    if (!marginal) {
      const i = bandOf(x);
      const band = bands[i]!;
      const range = (l: RuleLocale) => (band.upTo ? `≤ ${bound(band.upTo, l)}` : `> ${bound(bands[i - 1]!.upTo!, l)}`);
      return render('bracket', (l) => ({ subject: subject(l), of: shownOf(ctx, l), band: String(i + 1), range: range(l), rule: rule(band, l), value: money(v, l) }));
    }
    const parts = (l: RuleLocale) => {
      const out: string[] = [];
      let floor = q.ZERO;
      for (const band of bands) {
        const top = band.upTo && q.compare(x, band.upTo) > 0 ? band.upTo : x;
        if (q.compare(top, floor) > 0) out.push(`${formatMoney(q.sub(top, floor), l)} ${rule(band, l)}`);
        if (!band.upTo || q.compare(x, band.upTo) <= 0) break;
        floor = band.upTo;
      }
      return out.join(' + ');
    };
    return render('marginal', (l) => ({ subject: subject(l), of: shownOf(ctx, l), parts: parts(l), value: money(v, l) }));
  };
  return [get, describe];
}

function pick(text: Text, l: RuleLocale): string {
  return l === 'zh-CN' ? text.zh : text.en;
}

function entryFor(formula: AmountFormula, env: VersionEnv, scope: NodeScope, kind: string, names: { facts: Iterable<string>; parameters: Iterable<string> }) {
  const fixed: StaticEntry = {
    path: `${scope.pathPrefix}${formula.path}${kind === 'cap' ? '.cap' : ''}`,
    kind,
    ...(formula.id ? { id: formula.id } : {}),
    ...(formula.label ? { label: formula.label } : {}),
    parametersUsed: pickParameterUses(names.parameters, env),
    legalRef: viewLegalRef(formula.legalRef ?? scope.legalRef, env.documents),
  };
  const readFacts = makeFactsReader(names.facts, env);
  const empty = { zh: '', en: '' };
  return (ctx: EvalContext): TraceEntry => newEntry(fixed, ctx.depth, empty, null, readFacts(ctx));
}

/** Own facts and parameters of a step: for choose and sum, their parts report their own. */
function ownReferences(formula: AmountFormula) {
  if (formula.kind === 'choose' || formula.kind === 'sum') return { facts: [], parameters: [] };
  const { cap: _cap, ...rest } = formula;
  return collectAmount(rest as AmountFormula);
}

function traceStep(formula: AmountFormula, env: VersionEnv, scope: NodeScope, body: CompiledAmount, describe: Describe): CompiledAmount {
  const makeEntry = entryFor(formula, env, scope, formula.kind, ownReferences(formula));
  return (ctx) => {
    const entry = makeEntry(ctx);
    ctx.trace!.push(entry);
    ctx.depth++;
    const mark = ctx.missingCount;
    const value = body(ctx);
    ctx.depth--;
    entry.description = describe(ctx, value);
    entry.outcome = value === undefined ? null : true;
    if (value !== undefined) entry.value = q.toNumber(q.round(value, 2));
    else entry.missing = [...new Set(ctx.missing.slice(mark, ctx.missingCount))];
    return value;
  };
}

function withCap(formula: AmountFormula, cap: CompiledExpr, body: CompiledAmount, env: VersionEnv, scope: NodeScope): CompiledAmount {
  const getCap = cap.get as CompiledAmount;
  const fast: CompiledAmount = (ctx) => {
    const v = body(ctx);
    const c = getCap(ctx);
    return v === undefined || c === undefined ? undefined : q.min(v, c);
  };
  if (!env.traced) return fast;
  const makeEntry = entryFor(formula, env, scope, 'cap', collectExpression(formula.cap!));
  return (ctx) => {
    const before = body(ctx);
    const c = getCap(ctx);
    const value = before === undefined || c === undefined ? undefined : q.min(before, c);
    const entry = makeEntry(ctx);
    const hit = before !== undefined && c !== undefined && q.compare(before, c) > 0;
    entry.description = render(hit ? 'capHit' : 'capOk', (l) => ({ cap: money(c, l), before: money(before, l), value: money(value, l) }));
    entry.outcome = value === undefined ? null : hit;
    if (value !== undefined) entry.value = q.toNumber(q.round(value, 2));
    ctx.trace!.push(entry);
    return value;
  };
}

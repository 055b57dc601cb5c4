/**
 * 表达式编译 — Expr → a closure that reads facts from the evaluation context and returns an exact value, or
 * undefined when a fact it needs is absent (which it records in ctx.missing). Parameters are resolved once per
 * version and captured as constants. Each compiled expression can also render itself with its values for a trace
 * ("(本年研发投入 1,200,000 元 − 上年研发投入 1,000,000 元) ÷ …").
 */
import { addYears, parseIsoDate, yearsBetween } from './dates';
import type { FactCatalogue, FactOption, FactType } from './facts';
import { formatValue } from './format-value';
import { inferType } from './infer-type';
import { readFact } from './read-fact';
import * as q from './rational';
import type { ResolvedParameter, RuntimeValue } from './resolve-parameters';
import type { ArithmeticOp, Expr } from './rule-ast';
import type { Text, RuleLocale } from './text';
import type { EvalContext } from './trace';

export interface CompileEnv {
  facts: FactCatalogue;
  parameters: Readonly<Record<string, ResolvedParameter & { label: Text }>>;
}

export type Getter = (ctx: EvalContext) => RuntimeValue | undefined;

/** 已编译表达式 */
export interface CompiledExpr {
  get: Getter;
  type: FactType;
  options?: readonly FactOption[];
  isLiteral: boolean;
  /** What the expression measures, in words (fact and parameter labels). */
  subject: Text;
  /** The expression with the values of its facts and parameters in place, for a trace (no result). */
  render: (ctx: EvalContext, locale: RuleLocale) => string;
}

/** Type context for literals: a bare number shown as money or a rate, a text literal read as a date. */
export interface DisplayHint {
  type: FactType;
  options?: readonly FactOption[];
}

const SYMBOLS: Record<ArithmeticOp, string> = { add: '+', sub: '−', mul: '×', div: '÷', min: 'min', max: 'max' };

/** A context whose missing-list is thrown away: rendering re-reads values without recording them twice. */
export function quiet(ctx: EvalContext): EvalContext {
  return { facts: ctx.facts, asOf: ctx.asOf, missing: [], missingCount: 0, trace: null, depth: ctx.depth };
}

export function compileExpression(expr: Expr, env: CompileEnv, hint?: DisplayHint): CompiledExpr {
  const inferred = inferType(expr, { facts: env.facts, parameters: env.parameters, allowFacts: true, issues: [] });
  const type: FactType = expr.kind === 'literal' && hint ? hint.type : (inferred?.type ?? 'number');
  const options = expr.kind === 'literal' ? hint?.options : expr.kind === 'fact' ? env.facts[expr.name]?.options : undefined;
  const valueOf = (get: Getter) => (ctx: EvalContext, locale: RuleLocale) => formatValue(get(quiet(ctx)), type, locale, options);
  switch (expr.kind) {
    case 'literal': {
      const value = literalValue(expr.value, type);
      const get: Getter = () => value;
      const text = (locale: RuleLocale) => formatValue(value, type, locale, options);
      return { get, type, ...(options ? { options } : {}), isLiteral: true, subject: { zh: text('zh-CN'), en: text('en') }, render: (_c, l) => text(l) };
    }
    case 'fact': {
      const fact = env.facts[expr.name]!;
      const get = readFact(fact, env.facts);
      return { get, type, ...(fact.options ? { options: fact.options } : {}), isLiteral: false, subject: fact.label, render: valueOf(get) };
    }
    case 'param': {
      const parameter = env.parameters[expr.name]!;
      const value = parameter.value;
      const get: Getter = () => value;
      return { get, type, isLiteral: false, subject: parameter.label, render: valueOf(get) };
    }
    case 'asOf': {
      const get: Getter = (ctx) => ctx.asOf;
      return { get, type: 'date', isLiteral: false, subject: { zh: '评估日', en: 'the evaluation date' }, render: valueOf(get) };
    }
    case 'round': {
      const inner = compileExpression(expr.value, env, { type });
      const places = expr.places;
      const get: Getter = (ctx) => {
        const v = inner.get(ctx) as q.Rational | undefined;
        return v === undefined ? undefined : q.round(v, places);
      };
      return {
        get,
        type,
        isLiteral: false,
        subject: { zh: `四舍五入(${inner.subject.zh})`, en: `round(${inner.subject.en})` },
        render: (ctx, l) => `${l === 'zh-CN' ? '四舍五入' : 'round'}(${inner.render(ctx, l)})`,
      };
    }
    case 'yearsBetween': {
      const from = compileExpression(expr.from, env, { type: 'date' });
      const to = compileExpression(expr.to, env, { type: 'date' });
      const get: Getter = (ctx) => {
        const a = from.get(ctx) as number | undefined;
        const b = to.get(ctx) as number | undefined;
        return a === undefined || b === undefined ? undefined : { n: yearsBetween(a, b), d: 1 };
      };
      const words = (a: string, b: string, l: RuleLocale) => (l === 'zh-CN' ? `${a}至${b}的整年数` : `whole years from ${a} to ${b}`);
      return {
        get,
        type: 'integer',
        isLiteral: false,
        subject: { zh: words(from.subject.zh, to.subject.zh, 'zh-CN'), en: words(from.subject.en, to.subject.en, 'en') },
        render: (ctx, l) => words(from.render(ctx, l), to.render(ctx, l), l),
      };
    }
    case 'addYears': {
      const date = compileExpression(expr.date, env, { type: 'date' });
      const years = compileExpression(expr.years, env, { type: 'integer' });
      const get: Getter = (ctx) => {
        const d = date.get(ctx) as number | undefined;
        const n = years.get(ctx) as q.Rational | undefined;
        return d === undefined || n === undefined ? undefined : addYears(d, q.toNumber(n));
      };
      const words = (a: string, n: string, l: RuleLocale) => (l === 'zh-CN' ? `${a} + ${n} 年` : `${a} + ${n} years`);
      return {
        get,
        type: 'date',
        isLiteral: false,
        subject: { zh: words(date.subject.zh, years.subject.zh, 'zh-CN'), en: words(date.subject.en, years.subject.en, 'en') },
        render: (ctx, l) => words(date.render(ctx, l), years.render(ctx, l), l),
      };
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'min':
    case 'max':
      return compileArithmetic(expr.kind, expr.args, env, type, hint);
  }
}

/** A literal as a runtime value of the type beside it (a 'YYYY-MM-DD' text next to a date is a date). */
export function literalValue(value: string | number | boolean, type: FactType): RuntimeValue {
  if (typeof value === 'number') return q.fromNumber(value);
  if (typeof value === 'string' && type === 'date') return parseIsoDate(value) ?? value;
  return value;
}

function compileArithmetic(op: ArithmeticOp, args: Expr[], env: CompileEnv, type: FactType, hint?: DisplayHint): CompiledExpr {
  const argHint: DisplayHint | undefined = op === 'mul' || op === 'div' ? undefined : { type: type === 'integer' && hint ? hint.type : type };
  const compiled = args.map((arg) => compileExpression(arg, env, argHint));
  const getters = compiled.map((c) => c.get);
  const step = ARITHMETIC[op];
  let get: Getter;
  if (getters.length === 2) {
    const [a, b] = getters as [Getter, Getter];
    get = (ctx) => {
      const x = a(ctx) as q.Rational | undefined;
      const y = b(ctx) as q.Rational | undefined;
      return x === undefined || y === undefined ? undefined : step(x, y);
    };
  } else {
    // Every argument is read even after one is missing, so the applicant learns all missing facts at once.
    get = (ctx) => {
      let acc: q.Rational | undefined;
      let unknown = false;
      for (let i = 0; i < getters.length; i++) {
        const v = getters[i]!(ctx) as q.Rational | undefined;
        if (v === undefined) unknown = true;
        else if (!unknown) acc = i === 0 ? v : step(acc!, v);
        if (i > 0 && acc === undefined) unknown = true;
      }
      return unknown ? undefined : acc;
    };
  }
  const join = (parts: string[], l: RuleLocale) =>
    op === 'min' || op === 'max'
      ? `${l === 'zh-CN' ? (op === 'min' ? '较小值' : '较大值') : op}(${parts.join(', ')})`
      : parts.map((p, i) => (args[i]!.kind in SYMBOLS && args[i]!.kind !== 'min' && args[i]!.kind !== 'max' ? `(${p})` : p)).join(` ${SYMBOLS[op]} `);
  return {
    get,
    type,
    isLiteral: false,
    subject: { zh: join(compiled.map((c) => c.subject.zh), 'zh-CN'), en: join(compiled.map((c) => c.subject.en), 'en') },
    render: (ctx, l) => join(compiled.map((c) => c.render(ctx, l)), l),
  };
}

/** Division by zero gives undefined: the step cannot be decided, and the trace says so. */
const ARITHMETIC: Record<ArithmeticOp, (a: q.Rational, b: q.Rational) => q.Rational | undefined> = {
  add: q.add,
  sub: q.sub,
  mul: q.mul,
  div: q.div,
  min: q.min,
  max: q.max,
};

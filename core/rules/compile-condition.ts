/**
 * 条件编译 — Condition → closure returning true, false or null (unknown), by Kleene's three-valued logic: `all`
 * is false as soon as one part is false, even if others are unknown; `any` is true as soon as one part is true.
 * Facts found missing stay in ctx.missing only while they matter: a node whose outcome is decided trims what its
 * parts added. The bare closures stop at the first deciding part; the traced ones evaluate every part so the
 * "why not" lists every unmet requirement, and push one trace entry per node (parent first).
 */
import { collectCondition } from './collect-references';
import { compileDirectLeaf } from './compile-direct-leaf';
import { compileExpression, literalValue, quiet, type CompiledExpr } from './compile-expression';
import { makeFactsReader, pickParameterUses, viewLegalRef, type NodeScope, type VersionEnv } from './compile-env';
import { prefix, render, renderWith, SYMBOLS } from './describe';
import { formatValue } from './format-value';
import * as q from './rational';
import type { RuntimeValue } from './resolve-parameters';
import type { CompareOp, Condition, Expr } from './rule-ast';
import type { RuleLocale, Text } from './text';
import { newEntry, type EvalContext, type StaticEntry } from './trace';

export type Tri = boolean | null;
export type CompiledCondition = (ctx: EvalContext) => Tri;

const TESTS: Record<CompareOp, (c: number) => boolean> = {
  eq: (c) => c === 0,
  ne: (c) => c !== 0,
  gt: (c) => c > 0,
  gte: (c) => c >= 0,
  lt: (c) => c < 0,
  lte: (c) => c <= 0,
  before: (c) => c < 0,
  after: (c) => c > 0,
};

function compareValues(a: RuntimeValue, b: RuntimeValue): number {
  if (typeof a === 'object') return q.compare(a as q.Rational, b as q.Rational);
  if (typeof a === 'number') return a < (b as number) ? -1 : a > (b as number) ? 1 : 0;
  return a === b ? 0 : 1; // text, enum, boolean: only eq and ne reach here
}

/** Compiles both sides; a literal takes its type from the other side (a date, a rate, an enum value). */
function compilePair(left: Expr, right: Expr, env: VersionEnv): [CompiledExpr, CompiledExpr] {
  if (left.kind === 'literal' && right.kind !== 'literal') {
    const r = compileExpression(right, env);
    return [compileExpression(left, env, { type: r.type, ...(r.options ? { options: r.options } : {}) }), r];
  }
  const l = compileExpression(left, env);
  return [l, compileExpression(right, env, { type: l.type, ...(l.options ? { options: l.options } : {}) })];
}

export function compileCondition(condition: Condition, env: VersionEnv, scope: NodeScope): CompiledCondition {
  const legalRef = condition.legalRef ?? scope.legalRef;
  const inner: NodeScope = { pathPrefix: scope.pathPrefix, legalRef };
  switch (condition.kind) {
    case 'all':
    case 'any':
      return compileJunction(condition.kind, condition.items.map((item) => compileCondition(item, env, inner)), condition, env, inner);
    case 'not': {
      const item = compileCondition(condition.item, env, inner);
      const fast: CompiledCondition = (ctx) => {
        const r = item(ctx);
        return r === null ? null : !r;
      };
      return env.traced ? traceComposite(condition, env, inner, fast, render('not', (l) => ({ subject: prefix(condition.label, l) }))) : fast;
    }
    case 'use': {
      const shared = env.conditions[condition.name]!;
      const body = compileCondition(shared.condition, env, { pathPrefix: 'shared:', legalRef: shared.condition.legalRef ?? legalRef });
      const label = condition.label ?? shared.label;
      return env.traced ? traceComposite(condition, env, inner, body, render('use', (l) => ({ subject: l === 'zh-CN' ? label.zh : label.en }))) : body;
    }
    case 'exists': {
      const name = condition.fact;
      const fast: CompiledCondition = (ctx) => ctx.facts[name] !== undefined && ctx.facts[name] !== null;
      if (!env.traced) return fast;
      const subject = condition.label ?? env.facts[name]!.label;
      return traceLeaf(condition, env, inner, fast, (ctx, outcome) =>
        render('exists', (l) => ({
          subject: l === 'zh-CN' ? subject.zh : subject.en,
          state: outcome ? (l === 'zh-CN' ? '已提供' : 'provided') : l === 'zh-CN' ? '未提供' : 'not provided',
        })),
      );
    }
    case 'in':
    case 'notIn': {
      const direct = env.traced ? undefined : compileDirectLeaf(condition, env);
      if (direct) return direct;
      const left = compileExpression(condition.left, env);
      const values = condition.values.map((v) => literalValue(v, left.type));
      const wanted = condition.kind === 'in';
      const fast: CompiledCondition = (ctx) => {
        const a = left.get(ctx);
        if (a === undefined) return null;
        for (const v of values) if (compareValues(a, v) === 0) return wanted;
        return !wanted;
      };
      if (!env.traced) return fast;
      const subject = condition.label ?? left.subject;
      // The list is fixed: worded once, not at every traced evaluation.
      const list = (l: RuleLocale) => values.map((v) => formatValue(v, left.type, l, left.options)).join(l === 'zh-CN' ? '、' : ', ');
      const listed = { zh: list('zh-CN'), en: list('en') };
      return traceLeaf(condition, env, inner, fast, (ctx) =>
        render(condition.kind, (l) => ({ subject: pick(subject, l), left: left.render(ctx, l), values: pick(listed, l) })),
      );
    }
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'before':
    case 'after': {
      const direct = env.traced ? undefined : compileDirectLeaf(condition, env);
      if (direct) return direct;
      const [left, right] = compilePair(condition.left, condition.right, env);
      const test = TESTS[condition.kind];
      const fast: CompiledCondition = (ctx) => {
        const a = left.get(ctx);
        const b = right.get(ctx);
        return a === undefined || b === undefined ? null : test(compareValues(a, b));
      };
      if (!env.traced) return fast;
      const kind = condition.kind;
      const reversed = left.isLiteral && !right.isLiteral;
      const subject = condition.label ?? (reversed ? right.subject : left.subject);
      const shown = (side: CompiledExpr, ctx: EvalContext, l: RuleLocale) => formatValue(side.get(quiet(ctx)), side.type, l, side.options);
      const valuesFor = (ctx: EvalContext, l: RuleLocale) => ({
        subject: pick(subject, l),
        symbol: pick(SYMBOLS[kind]!, l),
        left: shown(left, ctx, l),
        right: shown(right, ctx, l),
      });
      const template = kind === 'eq' || kind === 'ne' ? kind : reversed ? 'orderReversed' : 'order';
      const ordered = kind !== 'eq' && kind !== 'ne' && !reversed;
      return traceLeaf(condition, env, inner, fast, (ctx, outcome) => {
        const values = { zh: valuesFor(ctx, 'zh-CN'), en: valuesFor(ctx, 'en') };
        const description = renderWith(template, values);
        if (!ordered) return description;
        return { ...description, plain: renderWith(outcome === null ? 'orderUnknown' : outcome ? 'orderMet' : 'orderNotMet', values) };
      });
    }
  }
}

function pick(text: Text, locale: RuleLocale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

function compileJunction(
  kind: 'all' | 'any',
  items: CompiledCondition[],
  condition: Condition,
  env: VersionEnv,
  scope: NodeScope,
): CompiledCondition {
  const decisive = kind === 'any'; // the outcome that decides at once
  const fast: CompiledCondition = env.traced
    ? (ctx) => {
        const mark = ctx.missingCount;
        let unknown = false;
        let decided = false;
        for (const item of items) {
          const r = item(ctx);
          if (r === decisive) decided = true;
          else if (r === null) unknown = true;
        }
        if (decided) ctx.missingCount = mark;
        return decided ? decisive : unknown ? null : !decisive;
      }
    : (ctx) => {
        const mark = ctx.missingCount;
        let unknown = false;
        for (let i = 0; i < items.length; i++) {
          const r = items[i]!(ctx);
          if (r === decisive) {
            ctx.missingCount = mark;
            return decisive;
          }
          if (r === null) unknown = true;
        }
        return unknown ? null : !decisive;
      };
  if (!env.traced) return fast;
  return traceComposite(condition, env, scope, fast, render(kind, (l) => ({ subject: prefix(condition.label, l), count: String(items.length) })));
}

/** The parts of a node's trace entry that do not change between evaluations. */
function staticEntry(condition: Condition, env: VersionEnv, scope: NodeScope, withParameters: boolean): StaticEntry {
  return {
    path: `${scope.pathPrefix}${condition.path}`,
    kind: condition.kind,
    ...(condition.id ? { id: condition.id } : {}),
    ...(condition.label ? { label: condition.label } : {}),
    parametersUsed: withParameters ? pickParameterUses(collectCondition(condition).parameters, env) : {},
    legalRef: viewLegalRef(condition.legalRef ?? scope.legalRef, env.documents),
  };
}

function traceComposite(condition: Condition, env: VersionEnv, scope: NodeScope, body: CompiledCondition, description: Text): CompiledCondition {
  const fixed = staticEntry(condition, env, scope, false);
  return (ctx) => {
    const entry = newEntry(fixed, ctx.depth, description, null, {});
    ctx.trace!.push(entry);
    ctx.depth++;
    const outcome = body(ctx);
    ctx.depth--;
    entry.outcome = outcome;
    return outcome;
  };
}

function traceLeaf(
  condition: Condition,
  env: VersionEnv,
  scope: NodeScope,
  body: CompiledCondition,
  describe: (ctx: EvalContext, outcome: Tri) => Text & { plain?: Text },
): CompiledCondition {
  const fixed = staticEntry(condition, env, scope, true);
  const readFacts = makeFactsReader(collectCondition(condition).facts, env);
  return (ctx) => {
    const mark = ctx.missingCount;
    const outcome = body(ctx);
    const described = describe(ctx, outcome);
    const entry = newEntry(fixed, ctx.depth, { zh: described.zh, en: described.en }, outcome, readFacts(ctx));
    if (described.plain) entry.plain = described.plain;
    if (outcome === null) entry.missing = [...new Set(ctx.missing.slice(mark, ctx.missingCount))];
    ctx.trace!.push(entry);
    return outcome;
  };
}

/**
 * 直接比较 — a faster bare closure for the commonest leaf: one fact against a constant (a literal or a parameter),
 * e.g. `rdSpending ≥ minRdSpending`, `creditStatus ≠ seriously-dishonest`, `carrierLevel in [...]`. It compares the
 * raw value without building an exact fraction (money as whole fen, integers as they are), so matching the whole
 * registry allocates almost nothing. Same answers, same missing facts, same type errors as the general path.
 */
import type { VersionEnv } from './compile-env';
import type { CompiledCondition } from './compile-condition';
import { literalValue } from './compile-expression';
import { parseIsoDate } from './dates';
import type { FactDefinition } from './facts';
import * as q from './rational';
import { invalid } from './read-fact';
import type { Condition, Expr } from './rule-ast';

const MAX = Number.MAX_SAFE_INTEGER;

function constantOf(expr: Expr, fact: FactDefinition, env: VersionEnv): q.Rational | number | string | boolean | undefined {
  if (expr.kind === 'literal') return literalValue(expr.value, fact.type) as q.Rational | number | string | boolean;
  if (expr.kind === 'param') return env.parameters[expr.name]?.value;
  return undefined;
}

type Test = (c: number) => boolean;
const TESTS: Record<string, Test> = {
  eq: (c) => c === 0,
  ne: (c) => c !== 0,
  gt: (c) => c > 0,
  gte: (c) => c >= 0,
  lt: (c) => c < 0,
  lte: (c) => c <= 0,
  before: (c) => c < 0,
  after: (c) => c > 0,
};

/** A direct closure, or undefined when the leaf is not of the simple shape (the general path then applies). */
export function compileDirectLeaf(condition: Condition, env: VersionEnv): CompiledCondition | undefined {
  if (condition.kind === 'in' || condition.kind === 'notIn') return compileMembership(condition, env);
  if (!('right' in condition)) return undefined;
  let factExpr = condition.left;
  let constExpr = condition.right;
  let flip = false;
  if (factExpr.kind !== 'fact') {
    [factExpr, constExpr] = [constExpr, factExpr];
    flip = true;
  }
  if (factExpr.kind !== 'fact') return undefined;
  const fact = env.facts[factExpr.name];
  if (!fact || fact.derivedFrom) return undefined;
  const constant = constantOf(constExpr, fact, env);
  if (constant === undefined) return undefined;
  const test = TESTS[condition.kind]!;
  const order = flip ? (c: number) => test(-c) : test;
  const name = fact.name;
  const read = (facts: Readonly<Record<string, unknown>>) => facts[name];
  switch (fact.type) {
    case 'money':
    case 'integer': {
      if (typeof constant !== 'object') return undefined;
      const scale = fact.type === 'money' ? 100 : 1;
      const { n, d } = constant;
      const right = n * scale;
      if (!Number.isSafeInteger(right)) return undefined;
      return (ctx) => {
        const raw = read(ctx.facts);
        if (raw === undefined || raw === null) {
          ctx.missing[ctx.missingCount++] = name;
          return null;
        }
        if (typeof raw !== 'number') throw invalid(fact, raw);
        const scaled = scale === 1 ? raw : Math.round(raw * 100);
        if (!Number.isInteger(scaled) || (scale === 100 && scaled / 100 !== raw) || (scale === 1 && !Number.isInteger(raw))) throw invalid(fact, raw);
        const left = scaled * d;
        if (left > MAX || left < -MAX) return order(q.compare(q.rational(scaled, scale), constant));
        return order(left < right ? -1 : left > right ? 1 : 0);
      };
    }
    case 'date': {
      if (typeof constant !== 'number') return undefined;
      return (ctx) => {
        const raw = read(ctx.facts);
        if (raw === undefined || raw === null) {
          ctx.missing[ctx.missingCount++] = name;
          return null;
        }
        const date = typeof raw === 'string' ? parseIsoDate(raw) : undefined;
        if (date === undefined) throw invalid(fact, raw);
        return order(date < constant ? -1 : date > constant ? 1 : 0);
      };
    }
    case 'boolean':
    case 'enum':
    case 'string': {
      if (typeof constant === 'object' || (condition.kind !== 'eq' && condition.kind !== 'ne')) return undefined;
      const wanted = condition.kind === 'eq';
      const values = fact.type === 'enum' ? new Set(fact.options?.map((o) => o.value)) : undefined;
      const kind = fact.type === 'boolean' ? 'boolean' : 'string';
      return (ctx) => {
        const raw = read(ctx.facts);
        if (raw === undefined || raw === null) {
          ctx.missing[ctx.missingCount++] = name;
          return null;
        }
        if (typeof raw !== kind || (values !== undefined && !values.has(raw as string))) throw invalid(fact, raw);
        return (raw === constant) === wanted;
      };
    }
    case 'number':
    case 'rate':
    case 'string-list':
      return undefined;
  }
}

function compileMembership(condition: Extract<Condition, { kind: 'in' | 'notIn' }>, env: VersionEnv): CompiledCondition | undefined {
  if (condition.left.kind !== 'fact') return undefined;
  const fact = env.facts[condition.left.name];
  if (!fact || fact.derivedFrom || (fact.type !== 'enum' && fact.type !== 'string' && fact.type !== 'boolean')) return undefined;
  const name = fact.name;
  const members = new Set<unknown>(condition.values);
  const allowed = fact.type === 'enum' ? new Set(fact.options?.map((o) => o.value)) : undefined;
  const kind = fact.type === 'boolean' ? 'boolean' : 'string';
  const wanted = condition.kind === 'in';
  return (ctx) => {
    const raw = ctx.facts[name];
    if (raw === undefined || raw === null) {
      ctx.missing[ctx.missingCount++] = name;
      return null;
    }
    if (typeof raw !== kind || (allowed !== undefined && !allowed.has(raw as string))) throw invalid(fact, raw);
    return members.has(raw) === wanted;
  };
}

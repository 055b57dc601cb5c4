/**
 * 参数取值 — the value a parameter has on a date: its latest dated value from on or before that day, a literal or an
 * expression over other parameters (checked acyclic at load). Runs when a version is compiled, not per evaluation.
 */
import { addYears, parseIsoDate, yearsBetween } from './dates';
import type { Parameter, ParameterType } from './policy-types';
import * as q from './rational';
import type { Expr, LegalRef } from './rule-ast';

/** A value at run time: numbers are exact rationals, dates yyyymmdd integers. */
export type RuntimeValue = q.Rational | number | boolean | string | readonly string[];

/** 参数值 — a parameter resolved for one date, with what a trace shows about it. */
export interface ResolvedParameter {
  name: string;
  type: ParameterType;
  value: q.Rational | number | boolean | string;
  /** The date the value applies from. */
  from: string;
  legalRef: LegalRef;
  verified: boolean;
}

export function findParameterValue(parameter: Parameter, date: number): Parameter['values'][number] | undefined {
  let found: Parameter['values'][number] | undefined;
  for (const value of parameter.values) {
    const from = parseIsoDate(value.from);
    if (from !== undefined && from <= date) found = value;
  }
  return found;
}

/** Resolves one parameter on `date`; throws on a missing value or cycle (load-time checks rule both out). */
export function resolveParameter(
  name: string,
  date: number,
  parameters: Readonly<Record<string, Parameter>>,
  seen: ReadonlySet<string> = new Set(),
): ResolvedParameter {
  const parameter = parameters[name];
  if (!parameter) throw new Error(`unknown parameter "${name}"`);
  if (seen.has(name)) throw new Error(`cycle between parameters at "${name}"`);
  const dated = findParameterValue(parameter, date);
  if (!dated) throw new Error(`parameter "${name}" has no value on ${date}`);
  const inner = new Set(seen).add(name);
  const raw =
    typeof dated.value === 'object'
      ? evaluateConstant(dated.value, (other) => resolveParameter(other, date, parameters, inner).value)
      : dated.value;
  return {
    name,
    type: parameter.type,
    value: toRuntime(raw, parameter.type),
    from: dated.from,
    legalRef: dated.legalRef ?? parameter.legalRef,
    verified: parameter.verified,
  };
}

function toRuntime(raw: RuntimeValue, type: ParameterType): ResolvedParameter['value'] {
  if (type === 'date') return typeof raw === 'string' ? (parseIsoDate(raw) ?? 0) : (raw as number);
  if (type === 'boolean' || type === 'string') return raw as boolean | string;
  if (typeof raw === 'number') return type === 'money' ? q.fromYuan(raw) : q.fromNumber(raw);
  return raw as q.Rational;
}

/** Evaluates an expression without facts: literals, parameters, arithmetic and date arithmetic. */
export function evaluateConstant(expr: Expr, lookup: (name: string) => RuntimeValue): RuntimeValue {
  switch (expr.kind) {
    case 'literal':
      if (typeof expr.value === 'number') return q.fromNumber(expr.value);
      if (typeof expr.value === 'string') return parseIsoDate(expr.value) ?? expr.value;
      return expr.value;
    case 'param':
      return lookup(expr.name);
    case 'round':
      return q.round(evaluateConstant(expr.value, lookup) as q.Rational, expr.places);
    case 'yearsBetween':
      return q.rational(yearsBetween(evaluateConstant(expr.from, lookup) as number, evaluateConstant(expr.to, lookup) as number));
    case 'addYears':
      return addYears(evaluateConstant(expr.date, lookup) as number, q.toNumber(evaluateConstant(expr.years, lookup) as q.Rational));
    case 'fact':
    case 'asOf':
      throw new Error(`a constant cannot read ${expr.kind}`);
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'min':
    case 'max': {
      const values = expr.args.map((arg) => evaluateConstant(arg, lookup) as q.Rational);
      return values.slice(1).reduce((acc, value) => applyArithmetic(expr.kind, acc, value), values[0]!);
    }
  }
}

/** One arithmetic step; division by zero yields undefined (unknown) in rules and is refused in constants. */
export function applyArithmetic(op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max', a: q.Rational, b: q.Rational): q.Rational {
  switch (op) {
    case 'add':
      return q.add(a, b);
    case 'sub':
      return q.sub(a, b);
    case 'mul':
      return q.mul(a, b);
    case 'min':
      return q.min(a, b);
    case 'max':
      return q.max(a, b);
    case 'div': {
      const result = q.div(a, b);
      if (!result) throw new Error('division by zero in a constant');
      return result;
    }
  }
}

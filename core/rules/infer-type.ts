/**
 * 类型推断 — the type of an expression, checked against the fact catalogue and the parameters in scope: an
 * unknown fact or parameter, arithmetic on dates, money added to a head count, money multiplied by money — each
 * reported at the expression's path. Money and plain numbers are kept apart; a bare number literal fits either.
 */
import { isIsoDate } from './dates';
import type { FactCatalogue, FactType } from './facts';
import type { RuleIssue } from './parse-node';
import type { ParameterType } from './policy-types';
import type { Expr, LiteralValue } from './rule-ast';

/** 推断类型 — what an expression yields, and where it came from (for messages). */
export interface InferredType {
  type: FactType;
  /** Set when the expression is a literal: a bare number fits money and plain numbers alike. */
  literal?: LiteralValue;
  /** Allowed values of an enum fact. */
  options?: readonly string[];
  /** `fact revenue`, `parameter subsidyRate`, `5` — for messages. */
  origin: string;
}

export interface TypeScope {
  facts: FactCatalogue;
  parameters: Readonly<Record<string, { type: ParameterType }>>;
  /** Parameters' own values may not read facts or the evaluation date. */
  allowFacts: boolean;
  issues: RuleIssue[];
}

const NUMERIC: ReadonlySet<FactType> = new Set(['number', 'money', 'integer', 'rate']);

export function isNumeric(type: FactType): boolean {
  return NUMERIC.has(type);
}

export function describeType(inferred: InferredType): string {
  return inferred.literal !== undefined ? `${inferred.type} ${JSON.stringify(inferred.literal)}` : `${inferred.type} (${inferred.origin})`;
}

function literalType(value: LiteralValue): InferredType {
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number', literal: value, origin: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', literal: value, origin: String(value) };
  return { type: isIsoDate(value) ? 'date' : 'string', literal: value, origin: JSON.stringify(value) };
}

export function inferType(expr: Expr, scope: TypeScope): InferredType | undefined {
  const fail = (reason: string): undefined => {
    scope.issues.push({ path: expr.path, reason });
    return undefined;
  };
  switch (expr.kind) {
    case 'literal':
      return literalType(expr.value);
    case 'fact': {
      if (!scope.allowFacts) return fail(`a parameter cannot read facts (fact "${expr.name}")`);
      const fact = scope.facts[expr.name];
      if (!fact) return fail(`unknown fact "${expr.name}"`);
      return { type: fact.type, origin: `fact ${expr.name}`, ...(fact.options ? { options: fact.options.map((o) => o.value) } : {}) };
    }
    case 'param': {
      const parameter = scope.parameters[expr.name];
      if (!parameter) return fail(`unknown parameter "${expr.name}"`);
      return { type: parameter.type, origin: `parameter ${expr.name}` };
    }
    case 'asOf':
      if (!scope.allowFacts) return fail('a parameter cannot depend on the evaluation date');
      return { type: 'date', origin: 'asOf' };
    case 'round': {
      const inner = inferType(expr.value, scope);
      if (!inner) return undefined;
      if (!isNumeric(inner.type)) return fail(`round needs a number, got ${describeType(inner)}`);
      return { type: inner.type === 'integer' ? 'integer' : inner.type, origin: 'round(…)' };
    }
    case 'yearsBetween': {
      const from = inferType(expr.from, scope);
      const to = inferType(expr.to, scope);
      if (!from || !to) return undefined;
      for (const [side, inferred] of [['from', from], ['to', to]] as const) {
        if (inferred.type !== 'date') return fail(`yearsBetween needs two dates; ${side} is ${describeType(inferred)}`);
      }
      return { type: 'integer', origin: 'yearsBetween(…)' };
    }
    case 'addYears': {
      const date = inferType(expr.date, scope);
      const years = inferType(expr.years, scope);
      if (!date || !years) return undefined;
      if (date.type !== 'date') return fail(`addYears needs a date first, got ${describeType(date)}`);
      if (years.type !== 'integer') return fail(`addYears needs a whole number of years, got ${describeType(years)}`);
      return { type: 'date', origin: 'addYears(…)' };
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'min':
    case 'max':
      return inferArithmetic(expr, scope, fail);
  }
}

function inferArithmetic(
  expr: Extract<Expr, { args: Expr[] }>,
  scope: TypeScope,
  fail: (reason: string) => undefined,
): InferredType | undefined {
  const args = expr.args.map((arg) => inferType(arg, scope));
  if (args.some((arg) => arg === undefined)) return undefined;
  const typed = args as InferredType[];
  const wrong = typed.find((arg) => !isNumeric(arg.type));
  if (wrong) return fail(`${expr.kind} needs numbers, got ${describeType(wrong)}`);
  const typedArgs = typed.filter((arg) => arg.literal === undefined);
  const money = typedArgs.filter((arg) => arg.type === 'money');
  const plain = typedArgs.filter((arg) => arg.type !== 'money');
  const origin = `${expr.kind}(…)`;
  switch (expr.kind) {
    case 'mul':
      if (money.length > 1) return fail(`cannot multiply money by money (${money.map(describeType).join(', ')})`);
      if (money.length === 1) return { type: 'money', origin };
      return { type: typed.every((arg) => arg.type === 'integer') ? 'integer' : 'number', origin };
    case 'div': {
      const [top, bottom] = typed as [InferredType, InferredType];
      const topMoney = top.type === 'money';
      const bottomMoney = bottom.type === 'money' && bottom.literal === undefined;
      if (bottomMoney && !topMoney && top.literal === undefined) return fail(`cannot divide ${describeType(top)} by money`);
      if (topMoney && bottomMoney) return { type: 'rate', origin };
      if (topMoney) return { type: 'money', origin };
      const sameKind = top.literal === undefined && bottom.literal === undefined && top.type === bottom.type;
      return { type: sameKind ? 'rate' : 'number', origin };
    }
    case 'add':
    case 'sub':
    case 'min':
    case 'max':
      if (money.length > 0 && plain.length > 0) {
        return fail(`type mismatch: cannot ${expr.kind} money (${money[0]!.origin}) and ${describeType(plain[0]!)}`);
      }
      if (money.length > 0) return { type: 'money', origin };
      if (plain.length > 0 && plain.every((arg) => arg.type === 'rate')) return { type: 'rate', origin };
      return { type: typed.every((arg) => arg.type === 'integer') ? 'integer' : 'number', origin };
  }
}

/**
 * Why two values cannot be compared, or undefined when they can: numbers of the same unit (money or plain, a bare
 * literal fits both), dates (a 'YYYY-MM-DD' literal is a date), booleans, and text or enum values (an enum only with
 * one of its values).
 */
export function explainIncompatibility(leftType: InferredType, rightType: InferredType): string | undefined {
  // A literal that looks like a date is still text next to a text or enum value.
  const left = asTextBeside(leftType, rightType);
  const right = asTextBeside(rightType, leftType);
  if (isNumeric(left.type) && isNumeric(right.type)) {
    if (left.literal !== undefined || right.literal !== undefined) return undefined;
    if ((left.type === 'money') === (right.type === 'money')) return undefined;
    return `type mismatch: cannot compare ${describeType(left)} with ${describeType(right)}`;
  }
  const enumSide = left.options ? left : right.options ? right : undefined;
  const otherSide = enumSide === left ? right : left;
  if (enumSide?.options && (otherSide.type === 'string' || otherSide.type === 'enum')) {
    if (typeof otherSide.literal === 'string' && !enumSide.options.includes(otherSide.literal)) {
      return `"${otherSide.literal}" is not a value of ${enumSide.origin} (${enumSide.options.join(', ')})`;
    }
    return undefined;
  }
  if (left.type === right.type) return undefined;
  const textual = (t: FactType) => t === 'string' || t === 'enum';
  if (textual(left.type) && textual(right.type)) return undefined;
  return `type mismatch: cannot compare ${describeType(left)} with ${describeType(right)}`;
}

function asTextBeside(value: InferredType, other: InferredType): InferredType {
  const textual = other.type === 'string' || other.type === 'enum';
  return textual && value.type === 'date' && typeof value.literal === 'string' ? { ...value, type: 'string' } : value;
}

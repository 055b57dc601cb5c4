/**
 * 表达式解析 — YAML → Expr. A number, text or true/false is a literal; everything else is a mapping with one
 * operator: `{ fact: rdSpending }`, `{ param: subsidyRate }`, `{ asOf: true }`, `{ sub: [a, b] }`,
 * `{ round: x, places: 2 }`, `{ yearsBetween: [from, to] }`, `{ addYears: [date, n] }`. Types are checked later.
 */
import { z } from 'zod';
import { factNameSchema, parameterNameSchema } from './catalog-files.schema';
import { checkShape, formatPath, pickOperator, type RuleIssue, type Segments } from './parse-node';
import { ARITHMETIC_OPS, type ArithmeticOp, type Expr } from './rule-ast';

const OPERATORS = ['fact', 'param', 'asOf', ...ARITHMETIC_OPS, 'round', 'yearsBetween', 'addYears'] as const;

const argumentCount: Record<ArithmeticOp | 'yearsBetween' | 'addYears', [number, number]> = {
  add: [2, 20],
  sub: [2, 2],
  mul: [2, 20],
  div: [2, 2],
  min: [2, 20],
  max: [2, 20],
  yearsBetween: [2, 2],
  addYears: [2, 2],
};

export function parseExpression(input: unknown, path: Segments, issues: RuleIssue[]): Expr | undefined {
  const at = formatPath(path);
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return { kind: 'literal', value: input, path: at };
    issues.push({ path: at, reason: 'must be a finite number' });
    return undefined;
  }
  if (typeof input === 'string' || typeof input === 'boolean') return { kind: 'literal', value: input, path: at };
  const node = pickOperator(input, OPERATORS, input !== null && typeof input === 'object' && 'round' in input ? ['places'] : [], path, issues, 'a value or an expression');
  if (!node) return undefined;
  const { op, body } = node;
  const bodyPath = [...path, op];
  switch (op) {
    case 'fact': {
      const name = checkShape(factNameSchema, body, bodyPath, issues);
      return name === undefined ? undefined : { kind: 'fact', name, path: at };
    }
    case 'param': {
      const name = checkShape(parameterNameSchema, body, bodyPath, issues);
      return name === undefined ? undefined : { kind: 'param', name, path: at };
    }
    case 'asOf':
      if (body !== true) {
        issues.push({ path: formatPath(bodyPath), reason: 'write { asOf: true } for the evaluation date' });
        return undefined;
      }
      return { kind: 'asOf', path: at };
    case 'round': {
      const places = checkShape(z.int().min(0).max(6).default(0), node.meta.places, [...path, 'places'], issues);
      const value = parseExpression(body, bodyPath, issues);
      return value && places !== undefined ? { kind: 'round', value, places, path: at } : undefined;
    }
    default:
      return parseWithArguments(op as ArithmeticOp | 'yearsBetween' | 'addYears', body, path, issues);
  }
}

function parseWithArguments(
  op: ArithmeticOp | 'yearsBetween' | 'addYears',
  body: unknown,
  path: Segments,
  issues: RuleIssue[],
): Expr | undefined {
  const bodyPath = [...path, op];
  const [least, most] = argumentCount[op];
  if (!Array.isArray(body) || body.length < least || body.length > most) {
    const count = least === most ? `${least}` : `${least} to ${most}`;
    issues.push({ path: formatPath(bodyPath), reason: `${op} takes a list of ${count} arguments` });
    return undefined;
  }
  const args = body.map((item, i) => parseExpression(item, [...bodyPath, i], issues));
  if (args.some((arg) => arg === undefined)) return undefined;
  const parsed = args as Expr[];
  const at = formatPath(path);
  if (op === 'yearsBetween') return { kind: 'yearsBetween', from: parsed[0]!, to: parsed[1]!, path: at };
  if (op === 'addYears') return { kind: 'addYears', date: parsed[0]!, years: parsed[1]!, path: at };
  return { kind: op, args: parsed, path: at };
}

/**
 * 条件解析 — YAML → Condition. A condition is a mapping with one operator and optional id / label / labelEn /
 * legalRef:
 *   { all: [c, …] }  { any: [c, …] }  { not: c }
 *   { gte: { left: e, right: e } }  (eq ne gt gte lt lte before after)
 *   { in: { left: e, values: [v, …] } }  (notIn)
 *   { exists: factName }   { use: sharedConditionName }
 */
import { z } from 'zod';
import { factNameSchema, parameterNameSchema } from './catalog-files.schema';
import { parseExpression } from './parse-expression';
import {
  checkShape,
  CONDITION_META_KEYS,
  formatPath,
  isPlainObject,
  parseMeta,
  pickOperator,
  type RuleIssue,
  type Segments,
} from './parse-node';
import { COMPARE_OPS, type CompareOp, type Condition, type LiteralValue } from './rule-ast';

const OPERATORS = ['all', 'any', 'not', ...COMPARE_OPS, 'in', 'notIn', 'exists', 'use'] as const;

const literalSchema = z.union([z.number(), z.string(), z.boolean()]);

export function parseCondition(input: unknown, path: Segments, issues: RuleIssue[]): Condition | undefined {
  const node = pickOperator(input, OPERATORS, CONDITION_META_KEYS, path, issues, 'a condition');
  if (!node) return undefined;
  const meta = parseMeta(node.meta, path, issues);
  const { op, body } = node;
  const bodyPath = [...path, op];
  let parsed: Condition | undefined;
  switch (op) {
    case 'all':
    case 'any': {
      if (!Array.isArray(body) || body.length === 0) {
        issues.push({ path: formatPath(bodyPath), reason: `${op} takes a non-empty list of conditions` });
        return undefined;
      }
      const items = body.map((item, i) => parseCondition(item, [...bodyPath, i], issues));
      if (items.some((item) => item === undefined)) return undefined;
      parsed = meta && { ...meta, kind: op, items: items as Condition[] };
      break;
    }
    case 'not': {
      const item = parseCondition(body, bodyPath, issues);
      parsed = meta && item && { ...meta, kind: 'not', item };
      break;
    }
    case 'in':
    case 'notIn': {
      const shape = checkShape(
        z.strictObject({ left: z.unknown(), values: z.array(literalSchema).min(1, 'list at least one value') }),
        body,
        bodyPath,
        issues,
      );
      const left = shape && parseExpression(shape.left, [...bodyPath, 'left'], issues);
      parsed = meta && shape && left && { ...meta, kind: op, left, values: shape.values as LiteralValue[] };
      break;
    }
    case 'exists': {
      const fact = checkShape(factNameSchema, body, bodyPath, issues);
      parsed = meta && fact !== undefined ? { ...meta, kind: 'exists', fact } : undefined;
      break;
    }
    case 'use': {
      const name = checkShape(parameterNameSchema, body, bodyPath, issues);
      parsed = meta && name !== undefined ? { ...meta, kind: 'use', name } : undefined;
      break;
    }
    default: {
      if (!isPlainObject(body)) {
        issues.push({ path: formatPath(bodyPath), reason: `${op} takes { left, right }` });
        return undefined;
      }
      const shape = checkShape(z.strictObject({ left: z.unknown(), right: z.unknown() }), body, bodyPath, issues);
      if (!shape) return undefined;
      const left = parseExpression(shape.left, [...bodyPath, 'left'], issues);
      const right = parseExpression(shape.right, [...bodyPath, 'right'], issues);
      parsed = meta && left && right && { ...meta, kind: op as CompareOp, left, right };
    }
  }
  return parsed;
}

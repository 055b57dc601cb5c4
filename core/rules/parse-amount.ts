/**
 * 金额公式解析 — YAML → AmountFormula. A formula is a mapping with one of value / share / bands / choose / sum and
 * optional cap / id / label / labelEn / legalRef:
 *   { value: e }                                   an amount in yuan
 *   { share: { of: e, rate: e }, cap: e }          min(rate × of, cap)
 *   { bands: { of: e, mode: bracket|marginal, scale: [{ upTo: e, rate: e } | { upTo: e, amount: e }, …, { rate: e }] } }
 *   { choose: [{ when: condition, then: formula }, …], otherwise: formula }
 *   { sum: [formula, …] }
 */
import { z } from 'zod';
import { parseCondition } from './parse-condition';
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
import type { AmountCase, AmountFormula, Band, Expr } from './rule-ast';

const OPERATORS = ['value', 'share', 'bands', 'choose', 'sum'] as const;

export function parseAmount(input: unknown, path: Segments, issues: RuleIssue[]): AmountFormula | undefined {
  const node = pickOperator(input, OPERATORS, [...CONDITION_META_KEYS, 'cap', 'otherwise'], path, issues, 'an amount formula');
  if (!node) return undefined;
  const { op, body } = node;
  const { cap: capInput, otherwise: otherwiseInput, ...metaInput } = node.meta;
  const meta = parseMeta(metaInput, path, issues);
  const cap = capInput === undefined ? undefined : parseExpression(capInput, [...path, 'cap'], issues);
  if (otherwiseInput !== undefined && op !== 'choose') {
    issues.push({ path: formatPath([...path, 'otherwise']), reason: 'otherwise goes with choose only' });
    return undefined;
  }
  if (!meta || (capInput !== undefined && !cap)) return undefined;
  const base = { ...meta, ...(cap ? { cap } : {}) };
  const bodyPath = [...path, op];
  switch (op) {
    case 'value': {
      const value = parseExpression(body, bodyPath, issues);
      return value && { ...base, kind: 'value', value };
    }
    case 'share': {
      const shape = checkShape(z.strictObject({ of: z.unknown(), rate: z.unknown() }), body, bodyPath, issues);
      if (!shape) return undefined;
      const of = parseExpression(shape.of, [...bodyPath, 'of'], issues);
      const rate = parseExpression(shape.rate, [...bodyPath, 'rate'], issues);
      return of && rate && { ...base, kind: 'share', of, rate };
    }
    case 'bands':
      return parseBands(body, bodyPath, issues, base);
    case 'choose':
      return parseChoose(body, otherwiseInput, path, issues, base);
    default: {
      if (!Array.isArray(body) || body.length === 0) {
        issues.push({ path: formatPath(bodyPath), reason: 'sum takes a non-empty list of amount formulas' });
        return undefined;
      }
      const items = body.map((item, i) => parseAmount(item, [...bodyPath, i], issues));
      return items.every((item) => item !== undefined) ? { ...base, kind: 'sum', items: items as AmountFormula[] } : undefined;
    }
  }
}

function parseBands(body: unknown, bodyPath: Segments, issues: RuleIssue[], base: object): AmountFormula | undefined {
  const shape = checkShape(
    z.strictObject({
      of: z.unknown(),
      mode: z.enum(['bracket', 'marginal']).default('bracket'),
      scale: z.array(z.record(z.string(), z.unknown())).min(1, 'list at least one band'),
    }),
    body,
    bodyPath,
    issues,
  );
  if (!shape) return undefined;
  const of = parseExpression(shape.of, [...bodyPath, 'of'], issues);
  const scale = shape.scale.map((band, i) => parseBand(band, [...bodyPath, 'scale', i], i === shape.scale.length - 1, issues));
  if (!of || scale.some((band) => band === undefined)) return undefined;
  return { ...(base as AmountFormula), kind: 'bands', of, mode: shape.mode, scale: scale as Band[] };
}

function parseBand(input: unknown, path: Segments, isLast: boolean, issues: RuleIssue[]): Band | undefined {
  const shape = checkShape(z.strictObject({ upTo: z.unknown().optional(), rate: z.unknown().optional(), amount: z.unknown().optional() }), input, path, issues);
  if (!shape) return undefined;
  if ((shape.rate === undefined) === (shape.amount === undefined)) {
    issues.push({ path: formatPath(path), reason: 'a band has either a rate or an amount' });
    return undefined;
  }
  if (isLast !== (shape.upTo === undefined)) {
    issues.push({
      path: formatPath([...path, 'upTo']),
      reason: isLast ? 'the last band has no upTo: it covers everything above' : 'every band but the last needs upTo',
    });
    return undefined;
  }
  const parts: Partial<Record<'upTo' | 'rate' | 'amount', Expr>> = {};
  for (const key of ['upTo', 'rate', 'amount'] as const) {
    if (shape[key] === undefined) continue;
    const expr = parseExpression(shape[key], [...path, key], issues);
    if (!expr) return undefined;
    parts[key] = expr;
  }
  return { path: formatPath(path), ...parts };
}

function parseChoose(
  body: unknown,
  otherwiseInput: unknown,
  path: Segments,
  issues: RuleIssue[],
  base: object,
): AmountFormula | undefined {
  const bodyPath = [...path, 'choose'];
  if (!Array.isArray(body) || body.length === 0) {
    issues.push({ path: formatPath(bodyPath), reason: 'choose takes a non-empty list of { when, then }' });
    return undefined;
  }
  const cases = body.map((item, i): AmountCase | undefined => {
    const casePath = [...bodyPath, i];
    if (!isPlainObject(item)) {
      issues.push({ path: formatPath(casePath), reason: 'expected { when: condition, then: amount formula }' });
      return undefined;
    }
    const shape = checkShape(z.strictObject({ when: z.unknown(), then: z.unknown() }), item, casePath, issues);
    if (!shape) return undefined;
    const when = parseCondition(shape.when, [...casePath, 'when'], issues);
    const then = parseAmount(shape.then, [...casePath, 'then'], issues);
    return when && then && { path: formatPath(casePath), when, then };
  });
  const otherwise = otherwiseInput === undefined ? undefined : parseAmount(otherwiseInput, [...path, 'otherwise'], issues);
  if (cases.some((c) => c === undefined) || (otherwiseInput !== undefined && !otherwise)) return undefined;
  return { ...(base as AmountFormula), kind: 'choose', cases: cases as AmountCase[], ...(otherwise ? { otherwise } : {}) };
}

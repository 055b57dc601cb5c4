/**
 * 规则语法树 — the typed form of a policy's rules after parsing: expressions, conditions and amount formulas.
 * Every node keeps the path it came from (`versions[1].eligibility.all[2]`), so load errors and traces point at
 * the YAML that wrote it.
 */
import type { Text } from './text';

/** 法律依据 — a document of the catalogue and the article in it. */
export interface LegalRef {
  document: string;
  article: string;
}

export type LiteralValue = number | string | boolean;

export const ARITHMETIC_OPS = ['add', 'sub', 'mul', 'div', 'min', 'max'] as const;
export type ArithmeticOp = (typeof ARITHMETIC_OPS)[number];

/** 表达式 — a value computed from facts, parameters, literals and the evaluation date. */
export type Expr =
  | { kind: 'literal'; value: LiteralValue; path: string }
  | { kind: 'fact'; name: string; path: string }
  | { kind: 'param'; name: string; path: string }
  | { kind: 'asOf'; path: string }
  | { kind: ArithmeticOp; args: Expr[]; path: string }
  | { kind: 'round'; value: Expr; places: number; path: string }
  | { kind: 'yearsBetween'; from: Expr; to: Expr; path: string }
  | { kind: 'addYears'; date: Expr; years: Expr; path: string };

/** What every condition and amount node may carry besides its operator. */
export interface NodeMeta {
  path: string;
  /** A stable name golden tests and the UI may refer to. */
  id?: string;
  /** The requirement in words, e.g. 研发投入增长率不低于 10%. */
  label?: Text;
  legalRef?: LegalRef;
}

export const COMPARE_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'before', 'after'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** 条件 — evaluates to true, false or unknown (Kleene logic). */
export type Condition =
  | (NodeMeta & { kind: 'all' | 'any'; items: Condition[] })
  | (NodeMeta & { kind: 'not'; item: Condition })
  | (NodeMeta & { kind: CompareOp; left: Expr; right: Expr })
  | (NodeMeta & { kind: 'in' | 'notIn'; left: Expr; values: LiteralValue[] })
  | (NodeMeta & { kind: 'exists'; fact: string })
  | (NodeMeta & { kind: 'use'; name: string });

/** 档位 — one band of a tiered scale: up to `upTo` (inclusive; the last band is open), a rate or a fixed amount. */
export interface Band {
  path: string;
  upTo?: Expr;
  rate?: Expr;
  amount?: Expr;
}

export interface AmountCase {
  path: string;
  when: Condition;
  then: AmountFormula;
}

export interface AmountMeta extends NodeMeta {
  /** 上限 — the formula's result never exceeds it. */
  cap?: Expr;
}

/**
 * 金额公式 — value: an expression in yuan; share: rate × spending; bands: a tiered scale (bracket: the band x falls
 * in decides; marginal: each band's rate applies to the part of x inside it); choose: the first case whose
 * condition holds; sum: the parts added.
 */
export type AmountFormula =
  | (AmountMeta & { kind: 'value'; value: Expr })
  | (AmountMeta & { kind: 'share'; of: Expr; rate: Expr })
  | (AmountMeta & { kind: 'bands'; of: Expr; mode: 'bracket' | 'marginal'; scale: Band[] })
  | (AmountMeta & { kind: 'choose'; cases: AmountCase[]; otherwise?: AmountFormula })
  | (AmountMeta & { kind: 'sum'; items: AmountFormula[] });

/** 引用收集 — which facts, parameters and shared conditions a rule node reads (for checks, forms and traces). */
import type { AmountFormula, Condition, Expr } from './rule-ast';

export interface References {
  facts: Set<string>;
  parameters: Set<string>;
  conditions: Set<string>;
  readsAsOf: boolean;
}

export function emptyReferences(): References {
  return { facts: new Set(), parameters: new Set(), conditions: new Set(), readsAsOf: false };
}

export function collectExpression(expr: Expr, into: References = emptyReferences()): References {
  switch (expr.kind) {
    case 'literal':
      break;
    case 'fact':
      into.facts.add(expr.name);
      break;
    case 'param':
      into.parameters.add(expr.name);
      break;
    case 'asOf':
      into.readsAsOf = true;
      break;
    case 'round':
      collectExpression(expr.value, into);
      break;
    case 'yearsBetween':
      collectExpression(expr.from, into);
      collectExpression(expr.to, into);
      break;
    case 'addYears':
      collectExpression(expr.date, into);
      collectExpression(expr.years, into);
      break;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'min':
    case 'max':
      for (const arg of expr.args) collectExpression(arg, into);
  }
  return into;
}

/** A shared condition's own references are not followed: the caller resolves `use` when it needs to. */
export function collectCondition(condition: Condition, into: References = emptyReferences()): References {
  switch (condition.kind) {
    case 'all':
    case 'any':
      for (const item of condition.items) collectCondition(item, into);
      break;
    case 'not':
      collectCondition(condition.item, into);
      break;
    case 'in':
    case 'notIn':
      collectExpression(condition.left, into);
      break;
    case 'exists':
      into.facts.add(condition.fact);
      break;
    case 'use':
      into.conditions.add(condition.name);
      break;
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'before':
    case 'after':
      collectExpression(condition.left, into);
      collectExpression(condition.right, into);
  }
  return into;
}

export function collectAmount(formula: AmountFormula, into: References = emptyReferences()): References {
  if (formula.cap) collectExpression(formula.cap, into);
  switch (formula.kind) {
    case 'value':
      collectExpression(formula.value, into);
      break;
    case 'share':
      collectExpression(formula.of, into);
      collectExpression(formula.rate, into);
      break;
    case 'bands':
      collectExpression(formula.of, into);
      for (const band of formula.scale) {
        for (const part of [band.upTo, band.rate, band.amount]) if (part) collectExpression(part, into);
      }
      break;
    case 'choose':
      for (const c of formula.cases) {
        collectCondition(c.when, into);
        collectAmount(c.then, into);
      }
      if (formula.otherwise) collectAmount(formula.otherwise, into);
      break;
    case 'sum':
      for (const item of formula.items) collectAmount(item, into);
  }
  return into;
}

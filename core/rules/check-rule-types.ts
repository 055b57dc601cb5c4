/**
 * 规则类型检查 — walks a version's conditions and amount formulas with the types from infer-type: comparisons
 * of incompatible values, ordering of booleans or text, enum literals outside the enum, an amount that is not
 * money, a rate over a head count, a band bound that reads facts, a shared condition that does not exist.
 */
import { collectExpression } from './collect-references';
import { describeType, explainIncompatibility, inferType, isNumeric, type InferredType, type TypeScope } from './infer-type';
import type { AmountFormula, Condition, Expr } from './rule-ast';

export interface RuleScope extends TypeScope {
  /** Names of shared conditions; undefined inside shared.yaml, where `use` is not allowed. */
  conditions?: ReadonlySet<string>;
}

const ORDERED = new Set(['gt', 'gte', 'lt', 'lte']);

export function checkConditionTypes(condition: Condition, scope: RuleScope): void {
  const fail = (path: string, reason: string) => scope.issues.push({ path, reason });
  switch (condition.kind) {
    case 'all':
    case 'any':
      for (const item of condition.items) checkConditionTypes(item, scope);
      return;
    case 'not':
      checkConditionTypes(condition.item, scope);
      return;
    case 'exists':
      if (!scope.facts[condition.fact]) fail(`${condition.path}.exists`, `unknown fact "${condition.fact}"`);
      return;
    case 'use':
      if (!scope.conditions) fail(`${condition.path}.use`, 'a shared condition cannot use another shared condition');
      else if (!scope.conditions.has(condition.name)) fail(`${condition.path}.use`, `unknown shared condition "${condition.name}"`);
      return;
    case 'in':
    case 'notIn': {
      const left = inferType(condition.left, scope);
      if (!left) return;
      if (left.type === 'date' || left.type === 'string-list') {
        fail(condition.left.path, `${condition.kind} compares single values; got ${describeType(left)}`);
        return;
      }
      condition.values.forEach((value, i) => {
        const reason = explainIncompatibility(left, {
          type: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string',
          literal: value,
          origin: JSON.stringify(value),
        });
        if (reason) fail(`${condition.path}.${condition.kind}.values[${i}]`, reason);
      });
      return;
    }
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'before':
    case 'after': {
      const left = inferType(condition.left, scope);
      const right = inferType(condition.right, scope);
      if (!left || !right) return;
      const rightPath = condition.right.path;
      const reason = explainIncompatibility(left, right);
      if (reason) {
        fail(rightPath, reason);
        return;
      }
      const isDate = left.type === 'date' || right.type === 'date';
      if ((condition.kind === 'before' || condition.kind === 'after') && !(left.type === 'date' && right.type === 'date')) {
        fail(condition.left.path, `${condition.kind} compares two dates; got ${describeType(left)} and ${describeType(right)}`);
      } else if (ORDERED.has(condition.kind) && !isDate && !isNumeric(left.type)) {
        fail(condition.left.path, `${condition.kind} needs numbers or dates; got ${describeType(left)}`);
      }
    }
  }
}

function isMoneyLike(inferred: InferredType): boolean {
  return inferred.type === 'money' || (inferred.literal !== undefined && typeof inferred.literal === 'number');
}

function checkMoney(expr: Expr, scope: RuleScope, what: string): void {
  const inferred = inferType(expr, scope);
  if (inferred && !isMoneyLike(inferred)) scope.issues.push({ path: expr.path, reason: `${what} must be money (yuan), got ${describeType(inferred)}` });
}

function checkPlainNumber(expr: Expr, scope: RuleScope, what: string): void {
  const inferred = inferType(expr, scope);
  if (inferred && (!isNumeric(inferred.type) || (inferred.type === 'money' && inferred.literal === undefined))) {
    scope.issues.push({ path: expr.path, reason: `${what} must be a plain number or rate, got ${describeType(inferred)}` });
  }
}

function checkConstant(expr: Expr, scope: RuleScope, what: string): boolean {
  const references = collectExpression(expr);
  if (references.facts.size === 0 && !references.readsAsOf) return true;
  scope.issues.push({ path: expr.path, reason: `${what} must be a constant (a number or a parameter), not read facts` });
  return false;
}

export function checkAmountTypes(formula: AmountFormula, scope: RuleScope): void {
  if (formula.cap) checkMoney(formula.cap, scope, 'cap');
  switch (formula.kind) {
    case 'value':
      checkMoney(formula.value, scope, 'an amount');
      return;
    case 'share':
      checkMoney(formula.of, scope, 'share.of');
      checkPlainNumber(formula.rate, scope, 'share.rate');
      return;
    case 'bands': {
      const of = inferType(formula.of, scope);
      if (!of) return;
      if (!isNumeric(of.type)) {
        scope.issues.push({ path: formula.of.path, reason: `bands.of must be a number, got ${describeType(of)}` });
        return;
      }
      for (const band of formula.scale) {
        if (band.upTo && checkConstant(band.upTo, scope, 'upTo')) {
          const upTo = inferType(band.upTo, scope);
          const reason = upTo && explainIncompatibility(of, upTo);
          if (reason) scope.issues.push({ path: band.upTo.path, reason });
        }
        if (band.rate && checkConstant(band.rate, scope, 'rate')) {
          if (of.type !== 'money') {
            scope.issues.push({ path: band.rate.path, reason: `a rate applies to an amount in yuan; this scale is over ${describeType(of)}: give amounts` });
          } else checkPlainNumber(band.rate, scope, 'rate');
        }
        if (band.amount && checkConstant(band.amount, scope, 'amount')) {
          if (formula.mode === 'marginal') scope.issues.push({ path: band.amount.path, reason: 'a marginal scale takes rates only' });
          else checkMoney(band.amount, scope, 'amount');
        }
      }
      return;
    }
    case 'choose':
      for (const c of formula.cases) {
        checkConditionTypes(c.when, scope);
        checkAmountTypes(c.then, scope);
      }
      if (formula.otherwise) checkAmountTypes(formula.otherwise, scope);
      return;
    case 'sum':
      for (const item of formula.items) checkAmountTypes(item, scope);
  }
}

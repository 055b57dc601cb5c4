/**
 * 表单校验 — the client-side checks of a generated form field: bounds on numbers (a rate's bounds are fractions,
 * compared with the percentage typed) and the pattern of a text, of each item of a list too. Being unanswered is
 * not an error: the server then names the fact as missing and the result is undetermined.
 */
import type { FormRule } from 'antd';
import type { FormField } from '../policies-api';
import { percentOf } from './fact-values';

/** A rule as an object (FormRule also admits a function of the form). */
type RuleObject = Exclude<FormRule, (...args: never[]) => unknown>;

/** The words of the rules, in the UI language; bounds arrive already formatted ("100%", "0"). */
export interface RuleMessages {
  min(bound: string): string;
  max(bound: string): string;
  pattern: string;
}

const NUMERIC = new Set<FormField['type']>(['number', 'money', 'integer', 'rate']);

/** A bound as the user sees it: a rate's fraction as a percentage. */
export function displayBound(field: Pick<FormField, 'type'>, bound: number): number {
  return field.type === 'rate' ? percentOf(bound) : bound;
}

function boundText(field: Pick<FormField, 'type'>, bound: number): string {
  return field.type === 'rate' ? `${displayBound(field, bound)}%` : String(bound);
}

/** Compiles a zone pack pattern once; a pattern the browser cannot read is left to the server rather than blocking the form. */
function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

export function fieldRules(field: Pick<FormField, 'type' | 'min' | 'max' | 'pattern'>, messages: RuleMessages): RuleObject[] {
  const rules: RuleObject[] = [];
  if (NUMERIC.has(field.type)) {
    const { min, max } = field;
    if (min !== undefined) {
      const bound = displayBound(field, min);
      rules.push({
        validator: async (_rule, value: unknown) => {
          if (typeof value === 'number' && value < bound) throw new Error(messages.min(boundText(field, min)));
        },
      });
    }
    if (max !== undefined) {
      const bound = displayBound(field, max);
      rules.push({
        validator: async (_rule, value: unknown) => {
          if (typeof value === 'number' && value > bound) throw new Error(messages.max(boundText(field, max)));
        },
      });
    }
  }
  const pattern = field.pattern ? compile(field.pattern) : undefined;
  if (pattern && (field.type === 'string' || field.type === 'string-list')) {
    rules.push({
      validator: async (_rule, value: unknown) => {
        const texts = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
        if (texts.some((text) => !pattern.test(text.trim()))) throw new Error(messages.pattern);
      },
    });
  }
  return rules;
}

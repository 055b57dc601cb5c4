/**
 * 取值换算 — between what a form field holds and the value the API takes, for facts and parameters alike (the
 * parameter types are a subset of the fact types). Rates travel as fractions (0.35) but people type percentages
 * (35); money is yuan to the fen; an empty answer is "not answered", which the server reads as missing.
 */
import type { FormField } from '../policies-api';

export type ValueType = FormField['type'];

/** Rounds away binary noise (0.35 × 100 = 35.00000000000001) without touching a meaningful digit of a rate. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export const percentOf = (fraction: number): number => clean(fraction * 100);
export const fractionOf = (percent: number): number => clean(percent / 100);

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The form's value for an API value (undefined when there is none). */
export function toFormValue(type: ValueType, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (type === 'rate' && typeof value === 'number') return percentOf(value);
  return value;
}

/** The API value for a form value, or undefined when the field was left unanswered. */
export function toApiValue(type: ValueType, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  switch (type) {
    case 'rate':
      return typeof value === 'number' ? fractionOf(value) : value;
    case 'money':
      return typeof value === 'number' ? Math.round(value * 100) / 100 : value;
    case 'string':
      return typeof value === 'string' ? value.trim() : value;
    case 'string-list': {
      if (!Array.isArray(value)) return value;
      const items = value.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => !isBlank(item));
      return items.length > 0 ? items : undefined;
    }
    case 'number':
    case 'integer':
    case 'boolean':
    case 'date':
    case 'enum':
      return value;
  }
}

/** The facts a form answers: each answered field converted, unanswered ones left out (the server reports them missing). */
export function toFacts(fields: readonly Pick<FormField, 'name' | 'type'>[], values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toApiValue(field.type, values[field.name]);
    if (value !== undefined) facts[field.name] = value;
  }
  return facts;
}

/** The form's values for facts given before (a re-ask, or a shared link), the reverse of toFacts. */
export function toFormValues(fields: readonly Pick<FormField, 'name' | 'type'>[], facts: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toFormValue(field.type, facts[field.name]);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

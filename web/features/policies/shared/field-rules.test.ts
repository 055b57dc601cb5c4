import { describe, expect, it } from 'vitest';
import type { FormField } from '../policies-api';
import { fieldRules, type RuleMessages } from './field-rules';

type Validator = (rule: unknown, value: unknown) => Promise<void>;
const messages: RuleMessages = { min: (bound) => `min ${bound}`, max: (bound) => `max ${bound}`, pattern: 'pattern' };

async function problemsOf(field: Pick<FormField, 'type' | 'min' | 'max' | 'pattern'>, value: unknown): Promise<string[]> {
  const problems: string[] = [];
  for (const rule of fieldRules(field, messages)) {
    await (rule as { validator: Validator }).validator({}, value).catch((error: Error) => problems.push(error.message));
  }
  return problems;
}

describe('fieldRules', () => {
  it.each<[Pick<FormField, 'type' | 'min' | 'max' | 'pattern'>, unknown, string[]]>([
    [{ type: 'money', min: 0 }, 100, []],
    [{ type: 'money', min: 0 }, -1, ['min 0']],
    [{ type: 'money', min: 0 }, undefined, []],
    [{ type: 'integer', min: 0, max: 10 }, 11, ['max 10']],
    // A rate's bounds are fractions; the user types a percentage.
    [{ type: 'rate', min: 0, max: 1 }, 35, []],
    [{ type: 'rate', min: 0, max: 1 }, 100, []],
    [{ type: 'rate', min: 0, max: 1 }, 120, ['max 100%']],
    [{ type: 'rate', min: 0.1 }, 5, ['min 10%']],
    [{ type: 'string', pattern: '^\\d{9}$' }, '310115125', []],
    [{ type: 'string', pattern: '^\\d{9}$' }, '31011', ['pattern']],
    [{ type: 'string', pattern: '^\\d{9}$' }, '', []],
    [{ type: 'string-list', pattern: '^[A-Z]+-\\d+$' }, ['RD-1', 'X-2'], []],
    [{ type: 'string-list', pattern: '^[A-Z]+-\\d+$' }, ['RD-1', 'bad'], ['pattern']],
    // Bounds concern numbers and patterns texts only; a broken pattern is left to the server.
    [{ type: 'date', min: 0 }, '2024-01-01', []],
    [{ type: 'string', pattern: '(' }, 'anything', []],
  ])('%j with %j → %j', async (field, value, expected) => {
    expect(await problemsOf(field, value)).toEqual(expected);
  });
});

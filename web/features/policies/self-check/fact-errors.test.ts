import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../app/api';
import { factFieldErrors } from './fact-errors';

const fields = ['rdSpending', 'location.area'];
const error = (details: Record<string, unknown>) => new ApiError('POLICY_FACTS_INVALID', '事实数据有误', 400, 'req-1', details);

describe('factFieldErrors', () => {
  it.each([
    [
      'structured issues',
      { invalid: [{ fact: 'rdSpending', reason: 'expected an amount in yuan, got "abc"' }] },
      [{ name: 'rdSpending', errors: ['expected an amount in yuan, got "abc"'] }],
    ],
    [
      '"name: reason" lines, dotted names included',
      { facts: ['location.area: expected one of original, expansion, outside, got "moon"'] },
      [{ name: 'location.area', errors: ['expected one of original, expansion, outside, got "moon"'] }],
    ],
    ['facts the form does not ask stay above it', { invalid: [{ fact: 'stray', reason: 'unknown fact' }] }, []],
    ['a reason-less issue gets the message', { invalid: [{ fact: 'rdSpending' }] }, [{ name: 'rdSpending', errors: ['事实数据有误'] }]],
    ['no details', {}, []],
  ])('%s', (_case, details, expected) => {
    expect(factFieldErrors(error(details), fields)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { isAnswerRequired } from './application-form';

describe('isAnswerRequired', () => {
  it.each<[string, boolean, boolean]>([
    ['rdSpending', true, true],
    ['itemIds', false, false],
    ['location.area', true, false],
  ])('%s (required: %s) → %s', (name, required, expected) => {
    expect(isAnswerRequired({ name, required })).toBe(expected);
  });
});

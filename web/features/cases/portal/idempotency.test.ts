import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../app/api';
import { isOutcomeUnknown, newIdempotencyKey } from './idempotency';

describe('isOutcomeUnknown', () => {
  it.each<[string, unknown, boolean]>([
    ['the network failed', new ApiError('NETWORK', 'offline', 0), true],
    ['a proxy answered with HTML', new ApiError('BAD_RESPONSE', '502', 502), true],
    ['the server failed', new ApiError('INTERNAL', 'oops', 500), true],
    ['the form was refused', new ApiError('CASE_FORM_INVALID', 'missing', 400), false],
    ['the session expired', new ApiError('SESSION_EXPIRED', 'login', 401), false],
    ['something unexpected', new Error('boom'), true],
  ])('%s → %s', (_name, error, expected) => {
    expect(isOutcomeUnknown(error)).toBe(expected);
  });
});

describe('newIdempotencyKey', () => {
  it('is new each time and within the 1–200 characters the server takes', () => {
    const a = newIdempotencyKey();
    expect(a).not.toBe(newIdempotencyKey());
    expect(a.length).toBeGreaterThan(0);
    expect(a.length).toBeLessThanOrEqual(200);
  });
});

import { describe, expect, it } from 'vitest';
import { platformErrors } from '../errors';
import { caseErrors } from './cases';
import { registryErrors } from './registry';
import { policyErrors } from './rules';
import { tableErrors } from './tabular';

// The catalogue is merged by spreading, where a code defined twice would silently keep the last message.
describe('error catalogue', () => {
  it('defines every code in one place only', () => {
    const codes = [platformErrors, policyErrors, tableErrors, registryErrors, caseErrors].flatMap((part) => Object.keys(part));
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });
});

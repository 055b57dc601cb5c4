import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { fieldErrorsOf } from './field-errors';

const fields = ['creditCode', 'contactPhone', 'username', 'password', 'unitIds'];
const error = (code: string, message: string, details?: Record<string, unknown>) => new ApiError(code, message, 400, 'r', details);

describe('fieldErrorsOf', () => {
  it.each([
    {
      name: 'a credit code error names its field',
      error: error('CREDIT_CODE_INVALID', '统一社会信用代码有误（creditCode）：校验码错误', { field: 'creditCode' }),
      expected: [{ name: 'creditCode', errors: ['统一社会信用代码有误（creditCode）：校验码错误'] }],
    },
    {
      name: 'a schema failure names body fields, nested ones by their first segment',
      error: error('VALIDATION_FAILED', '请求参数有误：body.contactPhone: digits', {
        fields: [
          { field: 'body.contactPhone', message: 'digits' },
          { field: 'body.unitIds.0', message: 'too long' },
        ],
      }),
      expected: [
        { name: 'contactPhone', errors: ['digits'] },
        { name: 'unitIds', errors: ['too long'] },
      ],
    },
    {
      name: 'a taken username belongs to the username field',
      error: error('USERNAME_TAKEN', 'The username "x" is taken', { username: 'x' }),
      expected: [{ name: 'username', errors: ['The username "x" is taken'] }],
    },
    {
      name: 'a field this form does not have stays above the form',
      error: error('UNIT_INVALID', 'bodyId: unit "x" does not exist', { field: 'bodyId' }),
      expected: [],
    },
    { name: 'an error without details names no field', error: error('INTERNAL', 'boom'), expected: [] },
  ])('$name', ({ error: apiError, expected }) => {
    expect(fieldErrorsOf(apiError, fields)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { diffJson, formatValue } from './json-diff';

describe('diffJson', () => {
  it('marks added, removed, changed and unchanged fields', () => {
    expect(diffJson({ status: 'active', name: 'A', gone: 1 }, { status: 'disabled', name: 'A', added: true })).toEqual([
      { path: 'status', before: 'active', after: 'disabled', change: 'changed' },
      { path: 'name', before: 'A', after: 'A', change: 'same' },
      { path: 'gone', before: 1, after: undefined, change: 'removed' },
      { path: 'added', before: undefined, after: true, change: 'added' },
    ]);
  });

  it.each([
    ['a creation (no before)', null, { id: 'x' }, [{ path: 'id', before: undefined, after: 'x', change: 'added' }]],
    ['a deletion (no after)', { id: 'x' }, null, [{ path: 'id', before: 'x', after: undefined, change: 'removed' }]],
    ['nothing at all', null, null, []],
  ])('%s', (_label, before, after, expected) => {
    expect(diffJson(before, after)).toEqual(expected);
  });

  it('flattens nested objects and compares arrays whole', () => {
    expect(diffJson({ profile: { phone: '1' }, units: ['a'] }, { profile: { phone: '2' }, units: ['a'] })).toEqual([
      { path: 'profile.phone', before: '1', after: '2', change: 'changed' },
      { path: 'units', before: ['a'], after: ['a'], change: 'same' },
    ]);
  });

  it('compares values that are not objects as one row', () => {
    expect(diffJson('old', 'new')).toEqual([{ path: '', before: 'old', after: 'new', change: 'changed' }]);
  });
});

describe('formatValue', () => {
  it.each([
    ['text', 'text'],
    [3, '3'],
    [null, 'null'],
    [['a', 1], '["a",1]'],
    [undefined, ''],
  ])('%j → %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});

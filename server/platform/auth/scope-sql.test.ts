import { describe, expect, it } from 'vitest';
import type { ScopeFilter } from '../../../core/access/data-scope';
import { scopeSql, type ScopeColumns } from './scope-sql';

const none: ScopeFilter = { all: false, unitIds: [], bodyIds: [], townCodes: [], ownerIds: [] };
const columns: ScopeColumns = { unit: 'r.unit_id', body: 'r.body_id', town: 'r.town_code', owner: 'r.user_id' };

describe('scopeSql', () => {
  it.each<[string, ScopeFilter, ScopeColumns, string, unknown[]]>([
    ['the whole zone', { ...none, all: true, unitIds: ['x'] }, columns, 'true', []],
    ['nothing', none, columns, 'false', []],
    ['units', { ...none, unitIds: ['a', 'b'] }, columns, '(r.unit_id = any($2::text[]))', [['a', 'b']]],
    [
      'a territory: bodies or towns',
      { ...none, bodyIds: ['jinqiao'], townCodes: ['310115120'] },
      columns,
      '(r.body_id = any($2::text[]) or r.town_code = any($3::text[]))',
      [['jinqiao'], ['310115120']],
    ],
    ['own records with a uuid owner', { ...none, ownerIds: ['u1'] }, columns, '(r.user_id = any($2::uuid[]))', [['u1']]],
    ['a scope the object type cannot be reached by', { ...none, townCodes: ['310115120'] }, { unit: 'r.unit_id' }, 'false', []],
    [
      'a predicate through another table',
      { ...none, unitIds: ['a'] },
      { unit: (p) => `exists (select 1 from m where m.unit_id = any(${p}))` },
      '(exists (select 1 from m where m.unit_id = any($2::text[])))',
      [['a']],
    ],
  ])('%s', (_label, filter, cols, sql, pushed) => {
    const params: unknown[] = ['first'];
    expect(scopeSql(filter, cols, params)).toBe(sql);
    expect(params).toEqual(['first', ...pushed]);
  });
});

import { describe, expect, it } from 'vitest';
import { orderByDependencies } from './public-tables';

describe('orderByDependencies', () => {
  it.each([
    ['no references: alphabetical', ['c', 'a', 'b'], [], ['a', 'b', 'c']],
    ['parent before child', ['child', 'parent'], [{ child: 'child', parent: 'parent' }], ['parent', 'child']],
    [
      'a chain, listed backwards',
      ['a', 'b', 'c'],
      [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'c' }],
      ['c', 'b', 'a'],
    ],
    ['self-reference imposes nothing', ['tree', 'leaf'], [{ child: 'tree', parent: 'tree' }], ['leaf', 'tree']],
    [
      'a cycle goes last, alphabetically',
      ['x', 'y', 'free'],
      [{ child: 'x', parent: 'y' }, { child: 'y', parent: 'x' }],
      ['free', 'x', 'y'],
    ],
    ['references to unknown tables are ignored', ['a'], [{ child: 'a', parent: 'elsewhere' }], ['a']],
  ])('%s', (_, tables, references, expected) => {
    expect(orderByDependencies(tables, references)).toEqual(expected);
  });
});

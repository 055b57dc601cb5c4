import { describe, expect, it } from 'vitest';
import type { Unit } from '../accounts-api';
import { buildUnitTree, ENTERPRISES_KEY, matchUnitTree } from './unit-tree';

const unit = (id: string, kind: string, parentId: string | null, extra: Partial<Unit> = {}): Unit => ({
  id,
  kind,
  name: `${id}-名`,
  nameEn: `${id} name`,
  parentId,
  code: null,
  creditCode: null,
  bodyId: null,
  townCode: null,
  ...extra,
});

const units = [
  unit('zone', 'zone', null),
  unit('jinqiao', 'body', 'zone'),
  unit('jinqiao-window', 'office', 'jinqiao'),
  unit('rsj', 'department', 'zone'),
  unit('ent-a', 'enterprise', null, { bodyId: 'jinqiao', creditCode: '91310115MA1GK2B3XX' }),
  unit('ent-b', 'enterprise', null, { bodyId: 'jinqiao' }),
  unit('ent-c', 'enterprise', null, { bodyId: null }),
];

describe('buildUnitTree', () => {
  const roots = buildUnitTree(units);

  it('nests units under their parents and keeps the server order', () => {
    expect(roots.map((node) => node.key)).toEqual(['zone', ENTERPRISES_KEY]);
    expect(roots[0]!.children.map((node) => node.key)).toEqual(['jinqiao', 'rsj']);
    expect(roots[0]!.children[0]!.children.map((node) => node.key)).toEqual(['jinqiao-window']);
  });

  it('groups enterprises by the body area they are in', () => {
    const enterprises = roots[1]!;
    expect(enterprises.group).toEqual({ kind: 'enterprises', bodyId: null, count: 3 });
    expect(enterprises.children.map((node) => [node.group?.bodyId, node.children.map((c) => c.key)])).toEqual([
      ['jinqiao', ['ent-a', 'ent-b']],
      [null, ['ent-c']],
    ]);
  });

  it('makes a root of a unit whose parent it was not given', () => {
    expect(buildUnitTree([unit('jinqiao-window', 'office', 'jinqiao')]).map((node) => node.key)).toEqual(['jinqiao-window']);
  });

  it('adds no enterprise branch when there are none', () => {
    expect(buildUnitTree(units.slice(0, 4)).map((node) => node.key)).toEqual(['zone']);
  });
});

describe('matchUnitTree', () => {
  const roots = buildUnitTree(units);
  it.each([
    ['window', ['zone', 'jinqiao', 'jinqiao-window']],
    ['MA1GK2B3', [ENTERPRISES_KEY, 'group:area:jinqiao', 'ent-a']],
    ['RSJ-名', ['zone', 'rsj']],
    ['  ', []],
    ['nothing like it', []],
  ])('%j keeps %j', (query, expected) => {
    expect([...matchUnitTree(roots, query)].sort()).toEqual([...expected].sort());
  });
});

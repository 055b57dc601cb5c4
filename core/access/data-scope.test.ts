import { describe, expect, it } from 'vitest';
import { abilitiesOf, isInScope, isPermitted, scopeFor, type Grant, type ScopeContext, type ScopeFilter } from './data-scope';

// A small tree: zone ─┬─ jinqiao (body) ── jinqiao-window
//                     ├─ zjkjb (office)
//                     └─ rsj (department)
const tree: Record<string, string[]> = {
  zone: ['zone', 'jinqiao', 'jinqiao-window', 'zjkjb', 'rsj'],
  jinqiao: ['jinqiao', 'jinqiao-window'],
  'jinqiao-window': ['jinqiao-window'],
  zjkjb: ['zjkjb'],
  rsj: ['rsj'],
};
const territories: Record<string, { bodyIds: string[]; townCodes: string[] }> = {
  jinqiao: { bodyIds: ['jinqiao'], townCodes: [] },
  zjkjb: { bodyIds: ['zhangjiang'], townCodes: [] },
  '310115114': { bodyIds: [], townCodes: ['310115114'] },
};
const context = (actingUnitId: string): ScopeContext => ({
  userId: 'u1',
  actingUnitId,
  unitAndDescendants: (id) => tree[id] ?? [id],
  territoryOf: (id) => territories[id] ?? { bodyIds: [], townCodes: [] },
});
const grant = (unitId: string, scope: Grant['scope'], permissions: string[]): Grant => ({
  roleId: `role-${scope}`,
  unitId,
  scope,
  permissions,
});

describe('scopeFor', () => {
  it.each<[string, Grant[], string, string, Partial<ScopeFilter>]>([
    ['zone scope reaches everything', [grant('zone', 'zone', ['case.read'])], 'zone', 'case.read', { all: true }],
    ['unit scope reaches the unit', [grant('jinqiao', 'unit', ['case.read'])], 'jinqiao', 'case.read', { unitIds: ['jinqiao'] }],
    ['unit-tree reaches the units below', [grant('jinqiao', 'unit-tree', ['case.read'])], 'jinqiao', 'case.read', { unitIds: ['jinqiao', 'jinqiao-window'] }],
    ['territory reaches the body area', [grant('jinqiao', 'territory', ['case.read'])], 'jinqiao', 'case.read', { bodyIds: ['jinqiao'] }],
    ['own reaches own records', [grant('rsj', 'own', ['case.read'])], 'rsj', 'case.read', { ownerIds: ['u1'] }],
    ['a grant without the permission gives nothing', [grant('zone', 'zone', ['case.read'])], 'zone', 'case.decide', { all: false, unitIds: [] }],
    ['grants in another unit do not apply to the acting unit', [grant('zone', 'zone', ['case.read'])], 'jinqiao', 'case.read', { all: false }],
  ])('%s', (_label, grants, acting, permission, expected) => {
    expect(scopeFor(permission, grants, context(acting))).toMatchObject(expected);
  });

  it('takes the scope per permission, not the union of all grants', () => {
    // Read the whole body area, but decide only on the unit's own records.
    const grants = [grant('jinqiao', 'territory', ['case.read']), grant('jinqiao', 'unit', ['case.decide'])];
    expect(scopeFor('case.read', grants, context('jinqiao'))).toMatchObject({ bodyIds: ['jinqiao'], unitIds: [] });
    expect(scopeFor('case.decide', grants, context('jinqiao'))).toMatchObject({ bodyIds: [], unitIds: ['jinqiao'] });
  });

  it('merges several grants carrying the same permission without duplicates', () => {
    const grants = [grant('jinqiao', 'unit', ['case.read']), grant('jinqiao', 'unit-tree', ['case.read'])];
    expect(scopeFor('case.read', grants, context('jinqiao')).unitIds).toEqual(['jinqiao', 'jinqiao-window']);
  });
});

describe('isInScope and abilities', () => {
  const territory = scopeFor('case.read', [grant('jinqiao', 'territory', ['case.read'])], context('jinqiao'));
  it.each([
    [{ bodyId: 'jinqiao' }, true],
    [{ bodyId: 'zhangjiang' }, false],
    [{ bodyId: null, unitId: 'jinqiao' }, false],
    [{}, false],
  ])('a territory scope reaches %j: %s', (record, expected) => {
    expect(isInScope(record, territory)).toBe(expected);
  });

  it('reports nothing permitted for an empty filter', () => {
    expect(isPermitted(scopeFor('x', [], context('zone')))).toBe(false);
    expect(isPermitted(territory)).toBe(true);
  });

  it('lists the abilities a user has on one record', () => {
    const filters = new Map([
      ['case.read', territory],
      ['case.decide', scopeFor('case.decide', [grant('jinqiao', 'unit', ['case.decide'])], context('jinqiao'))],
    ] as const);
    expect(abilitiesOf({ bodyId: 'jinqiao', unitId: 'jinqiao' }, filters)).toEqual(['case.read', 'case.decide']);
    expect(abilitiesOf({ bodyId: 'jinqiao', unitId: 'other' }, filters)).toEqual(['case.read']);
    expect(abilitiesOf({ bodyId: 'expo' }, filters)).toEqual([]);
  });
});

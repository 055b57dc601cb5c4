import { describe, expect, it } from 'vitest';
import { findModuleByPath, isModuleVisible, modules, navGroups } from './modules';

describe('findModuleByPath', () => {
  it.each([
    ['/', 'home'],
    ['/territory', 'territory'],
    ['/territory/layers/towns', 'territory'],
    ['/cases/2026-000123', 'cases'],
    ['/audit', 'audit'],
    ['/territorial', undefined],
    ['/unknown', undefined],
  ])('%s → %s', (pathname, expected) => {
    expect(findModuleByPath(pathname)?.key).toBe(expected);
  });
});

describe('modules', () => {
  it('lists every module of DESIGN.md once, each in a known group', () => {
    const keys = modules.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(
      ['home', 'territory', 'registry', 'policies', 'cases', 'approvals', 'projects', 'meetings', 'investment', 'accounts', 'audit'].sort(),
    );
    for (const entry of modules) expect(navGroups).toContain(entry.group);
  });
});

describe('isModuleVisible', () => {
  const visible = (permissions: string[] | null) =>
    modules.filter((entry) => isModuleVisible(entry, permissions)).map((entry) => entry.key);

  it.each<[string, string[] | null, string[], string[]]>([
    ['anonymous visitors see the public modules only', null, ['home', 'territory', 'cases'], ['registry', 'accounts', 'audit']],
    ['a user without admin permissions', [], ['home', 'cases'], ['registry', 'accounts', 'audit']],
    ['the registration queue opens the accounts module', ['accounts.registration.read'], ['accounts'], ['registry', 'audit']],
    ['audit.read opens the audit log', ['audit.read'], ['audit'], ['registry', 'accounts']],
    ['registry.read opens the enterprise registry', ['registry.read'], ['registry'], ['accounts', 'audit']],
    ['registry.import alone does not (reading comes first)', ['registry.import'], ['home'], ['registry']],
    ['an unrelated permission opens nothing', ['audit.verify'], ['home'], ['registry', 'accounts', 'audit']],
  ])('%s', (_label, permissions, shown, hidden) => {
    const keys = visible(permissions);
    for (const key of shown) expect(keys).toContain(key);
    for (const key of hidden) expect(keys).not.toContain(key);
  });
});

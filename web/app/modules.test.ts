import { describe, expect, it } from 'vitest';
import { findModuleByPath, modules, navGroups } from './modules';

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

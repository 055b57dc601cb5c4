import { describe, expect, it } from 'vitest';
import type { Role } from '../accounts-api';
import { collectPermissionGroups } from './permission-catalogue';

const role = (id: string, permissions: string[]): Role => ({ id, name: id, nameEn: id, permissions, builtIn: false, abilities: [] });

describe('collectPermissionGroups', () => {
  const groups = collectPermissionGroups([role('a', ['cases.case.accept', 'accounts.user.read']), role('b', ['cases.case.read'])], ['meetings.task.read']);

  it('groups every permission by its module, sorted, without duplicates', () => {
    expect(groups.map((group) => group.module)).toEqual(['accounts', 'audit', 'cases', 'meetings', 'territory']);
    expect(groups.find((group) => group.module === 'cases')?.permissions).toEqual(['cases.case.accept', 'cases.case.read']);
    const accounts = groups.find((group) => group.module === 'accounts')!.permissions;
    expect(accounts.filter((id) => id === 'accounts.user.read')).toHaveLength(1);
  });

  it('offers the permissions the UI knows even when no role holds them', () => {
    expect(groups.find((group) => group.module === 'audit')?.permissions).toEqual(['audit.read', 'audit.verify']);
  });
});

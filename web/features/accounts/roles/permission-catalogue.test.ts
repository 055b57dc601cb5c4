import { describe, expect, it } from 'vitest';
import type { Role } from '../accounts-api';
import { collectPermissionGroups } from './permission-catalogue';

const role = (id: string, permissions: string[]): Role => ({ id, name: id, nameEn: id, permissions, builtIn: false, abilities: [] });

describe('collectPermissionGroups', () => {
  const groups = collectPermissionGroups([role('a', ['investment.lead.accept', 'accounts.user.read']), role('b', ['investment.lead.read'])], ['meetings.task.read']);

  it('groups every permission by its module, sorted, without duplicates', () => {
    expect(groups.map((group) => group.module)).toEqual(['accounts', 'audit', 'cases', 'investment', 'meetings', 'policies', 'registry', 'territory']);
    expect(groups.find((group) => group.module === 'investment')?.permissions).toEqual(['investment.lead.accept', 'investment.lead.read']);
    const accounts = groups.find((group) => group.module === 'accounts')!.permissions;
    expect(accounts.filter((id) => id === 'accounts.user.read')).toHaveLength(1);
  });

  it('offers the permissions the UI knows even when no role holds them', () => {
    expect(groups.find((group) => group.module === 'audit')?.permissions).toEqual(['audit.read', 'audit.verify']);
  });
});

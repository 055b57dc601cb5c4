import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../platform/auth';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { createAdmin } from './create-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './seed-demo-accounts';

let t: AccountsTestApp;
let admin: TestSession;

beforeAll(async () => {
  t = await createAccountsTestApp();
  admin = await logIn(t.app, 'admin');
});
afterAll(() => t?.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: cookie } });

async function createUser(username: string, unitIds = ['jinqiao']): Promise<string> {
  const response = await call(t.app, admin, 'POST', '/api/users', { username, displayName: username, password: 'Initial2026', unitIds });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

describe('user administration', () => {
  it('creates a user who must change the initial password, lists them with abilities', async () => {
    const id = await createUser('Wang.Wei');
    const session = await logIn(t.app, 'wang.wei', 'Initial2026');
    expect(session.me).toMatchObject({ user: { id, mustChangePassword: true }, actingUnit: { id: 'jinqiao' }, permissions: [] });
    const list = await call(t.app, admin, 'GET', '/api/users?q=wang');
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id, username: 'wang.wei', status: 'active', units: [{ id: 'jinqiao' }], abilities: ['disable', 'reset-password', 'manage-units'] }],
    });
    expect(JSON.stringify(list.json())).not.toContain('argon2');
  });

  it('disabling ends the user\u2019s sessions and API tokens at once; enabling lets them sign in again', async () => {
    const id = await createUser('li.na');
    const session = await logIn(t.app, 'li.na', 'Initial2026');
    expect((await call(t.app, admin, 'POST', `/api/users/${id}/disable`)).statusCode).toBe(204);
    expect((await me(session.cookie)).json().error.code).toBe('SESSION_EXPIRED');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'li.na', password: 'Initial2026' } });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await call(t.app, admin, 'POST', `/api/users/${id}/enable`)).statusCode).toBe(204);
    await logIn(t.app, 'li.na', 'Initial2026');
    expect((await call(t.app, admin, 'POST', `/api/users/${admin.me.user.id}/disable`)).statusCode).toBe(403);
  });

  it('resetting a password signs the user out everywhere, lifts a lock, and asks for a new password', async () => {
    const id = await createUser('zhao.lei');
    const session = await logIn(t.app, 'zhao.lei', 'Initial2026');
    for (let i = 0; i < 5; i += 1) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhao.lei', password: 'bad' }, remoteAddress: '10.9.0.1' });
    }
    const weak = await call(t.app, admin, 'POST', `/api/users/${id}/reset-password`, { newPassword: 'zhao.lei123' });
    expect(weak.json().error).toMatchObject({ code: 'PASSWORD_TOO_WEAK', details: { field: 'newPassword', problems: ['contains-username'] } });
    expect((await call(t.app, admin, 'POST', `/api/users/${id}/reset-password`, { newPassword: 'Reset2026ok' })).statusCode).toBe(204);
    expect((await me(session.cookie)).statusCode).toBe(401);
    expect((await logIn(t.app, 'zhao.lei', 'Reset2026ok')).me.user.mustChangePassword).toBe(true);
  });

  it('leaving a unit ends the grants held there', async () => {
    const id = await createUser('sun.li', ['jinqiao', 'lujiazui']);
    const granted = await call(t.app, admin, 'POST', '/api/grants', { userId: id, roleId: 'reviewer', unitId: 'lujiazui', scope: 'territory' });
    expect(granted.statusCode).toBe(201);
    const notMember = await call(t.app, admin, 'POST', '/api/grants', { userId: id, roleId: 'reviewer', unitId: 'expo', scope: 'territory' });
    expect(notMember.json().error.code).toBe('UNIT_NOT_MEMBER');
    expect((await call(t.app, admin, 'GET', `/api/grants?userId=${id}`)).json()).toHaveLength(1);
    expect((await call(t.app, admin, 'DELETE', `/api/users/${id}/units/lujiazui`)).statusCode).toBe(204);
    expect((await call(t.app, admin, 'GET', `/api/grants?userId=${id}`)).json()).toHaveLength(0);
    expect((await call(t.app, admin, 'POST', `/api/users/${id}/units`, { unitId: 'atlantis' })).json().error).toMatchObject({
      code: 'UNIT_INVALID',
      details: { field: 'unitId' },
    });
  });

  it('a unit-scoped user manager cannot reach users of other units, nor place people outside their unit', async () => {
    const managerId = await createUser('unit.manager', ['jinqiao']);
    await call(t.app, admin, 'POST', '/api/roles', { id: 'unit-admin', name: '单位管理员', nameEn: 'Unit admin', permissions: ['accounts.user.read', 'accounts.user.manage', 'accounts.grant.manage'] });
    expect((await call(t.app, admin, 'POST', '/api/grants', { userId: managerId, roleId: 'unit-admin', unitId: 'jinqiao', scope: 'unit' })).statusCode).toBe(201);
    const manager = await logIn(t.app, 'unit.manager', 'Initial2026');
    const visible = (await call(t.app, manager, 'GET', '/api/users?pageSize=200')).json().items.map((u: { username: string }) => u.username);
    expect(visible).toContain('jq-officer');
    expect(visible).not.toContain('zj-officer');
    const zjId = (await call(t.app, admin, 'GET', '/api/users?q=zj-officer')).json().items[0].id;
    expect((await call(t.app, manager, 'POST', `/api/users/${zjId}/disable`)).statusCode).toBe(404);
    const outside = await call(t.app, manager, 'POST', '/api/users', { username: 'x.y', displayName: 'x', password: 'Initial2026', unitIds: ['lujiazui'] });
    expect(outside.statusCode).toBe(403);

    // No escalation: roles with permissions the manager lacks, and whole-zone scopes, are not theirs to give.
    const jqId = (await call(t.app, admin, 'GET', '/api/users?q=jq-officer')).json().items[0].id;
    const escalate = await call(t.app, manager, 'POST', '/api/grants', { userId: jqId, roleId: 'platform-admin', unitId: 'jinqiao', scope: 'unit' });
    expect(escalate.json().error.code).toBe('PERMISSION_NOT_GRANTABLE');
    const zone = await call(t.app, manager, 'POST', '/api/grants', { userId: jqId, roleId: 'unit-admin', unitId: 'jinqiao', scope: 'zone' });
    expect(zone.json().error.code).toBe('PERMISSION_NOT_GRANTABLE');
    expect((await call(t.app, manager, 'POST', '/api/grants', { userId: jqId, roleId: 'unit-admin', unitId: 'jinqiao', scope: 'unit' })).statusCode).toBe(201);
  });
});

describe('roles', () => {
  it('accept declared permissions only, and carry abilities', async () => {
    const unknown = await call(t.app, admin, 'POST', '/api/roles', { id: 'bad-role', name: 'x', nameEn: 'x', permissions: ['cases.fly'] });
    expect(unknown.json().error).toMatchObject({ code: 'PERMISSION_UNKNOWN', details: { permissions: ['cases.fly'] } });
    expect((await call(t.app, admin, 'POST', '/api/roles', { id: 'auditor', name: '审计员', nameEn: 'Auditor', permissions: ['accounts.user.read'] })).statusCode).toBe(201);
    expect((await call(t.app, admin, 'POST', '/api/roles', { id: 'auditor', name: 'x', nameEn: 'x', permissions: [] })).statusCode).toBe(400);
    expect((await call(t.app, admin, 'PATCH', '/api/roles/auditor', { permissions: ['accounts.user.read', 'accounts.grant.read'] })).statusCode).toBe(204);
    const roles = (await call(t.app, admin, 'GET', '/api/roles')).json() as Array<{ id: string; permissions: string[]; abilities: string[]; builtIn: boolean }>;
    expect(roles.find((r) => r.id === 'auditor')).toMatchObject({ permissions: ['accounts.grant.read', 'accounts.user.read'], builtIn: false, abilities: ['update'] });
    expect(roles.filter((r) => r.builtIn).map((r) => r.id).sort()).toEqual(
      ['coordinator', 'enterprise-staff', 'expert', 'intake-officer', 'lead-department', 'platform-admin', 'reviewer'],
    );
  });
});

describe('administrator bootstrap and demo accounts', () => {
  it('createAdmin makes a whole-zone administrator and refuses weak passwords', async () => {
    await expect(createAdmin(t.db.pool, 'zhangjiang', { username: 'root2', password: 'password' })).rejects.toMatchObject({ code: 'PASSWORD_TOO_WEAK' });
    const created = await createAdmin(t.db.pool, 'zhangjiang', { username: 'Root2', password: 'Str0ngPass' });
    expect(created).toMatchObject({ username: 'root2', unitId: 'zhangjiang-science-city' });
    const session = await logIn(t.app, 'root2', 'Str0ngPass');
    expect(session.me.permissions).toContain('accounts.user.manage');
    await expect(createAdmin(t.db.pool, 'zhangjiang', { username: 'root2', password: 'Str0ngPass' })).rejects.toMatchObject({ code: 'USERNAME_TAKEN' });
  });

  it('the demo seed is idempotent and every demo account signs in with Demo@2026', async () => {
    expect(await seedDemoAccounts(t.db.pool, 'zhangjiang')).toEqual({ created: [] });
    for (const account of DEMO_ACCOUNTS) {
      const session = await logIn(t.app, account.username, DEMO_PASSWORD);
      expect(session.me.actingUnit).not.toBeNull();
    }
    const units = await t.db.pool.query(`select unit_id, body_id from enterprises where unit_id like 'ent-demo-%' order by unit_id`);
    expect(units.rows).toEqual([{ unit_id: 'ent-demo-jq', body_id: 'jinqiao' }, { unit_id: 'ent-demo-zj', body_id: 'zhangjiang' }]);
  });
});

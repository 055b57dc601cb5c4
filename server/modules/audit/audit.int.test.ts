import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';

let t: AccountsTestApp;
let admin: TestSession;

beforeAll(async () => {
  t = await createAccountsTestApp();
  admin = await logIn(t.app, 'admin');
  // Some history: a failed sign-in, two successful ones, a password change.
  await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'jq-officer', password: 'wrong-1' } });
  await logIn(t.app, 'jq-officer');
  await logIn(t.app, 'zj-officer');
}, 120_000);
afterAll(() => t.close());

describe('the audit log API', () => {
  it('is closed to anonymous callers and to roles without audit.read', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    const enterprise = await logIn(t.app, 'ent-zj');
    expect((await call(t.app, enterprise, 'GET', '/api/audit')).statusCode).toBe(403);
    expect((await call(t.app, enterprise, 'GET', '/api/audit/export')).statusCode).toBe(403);
    expect((await call(t.app, enterprise, 'GET', '/api/audit/verify')).statusCode).toBe(403);
  });

  it('lists records newest first with who, acting unit and capacity, filtered in SQL', async () => {
    const res = await call(t.app, admin, 'GET', '/api/audit?pageSize=200');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(3);
    const seqs = body.items.map((i: { seq: number }) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const login = body.items.find((i: { action: string; actor: { username: string } | null }) =>
      i.action.includes('login') && i.actor?.username === 'zj-officer');
    expect(login).toMatchObject({ capacity: 'own', actor: { username: 'zj-officer' } });

    const filtered = (await call(t.app, admin, 'GET', '/api/audit?actor=jq-officer&pageSize=200')).json();
    expect(filtered.items.length).toBeGreaterThan(0);
    expect(filtered.items.every((i: { actor: { username: string } | null; after: unknown }) =>
      i.actor?.username === 'jq-officer' || JSON.stringify(i.after).includes('jq-officer'))).toBe(true);
  });

  it('never leaks passwords or session tokens into the record', async () => {
    const csv = (await call(t.app, admin, 'GET', '/api/audit/export')).body;
    expect(csv).not.toContain('wrong-1');
    expect(csv).not.toContain('Demo@2026');
    expect(csv).not.toContain(admin.cookie);
  });

  it('exports CSV with a BOM for Excel', async () => {
    const res = await call(t.app, admin, 'GET', '/api/audit/export?action=auth');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\uFEFF"seq","at","actor"')).toBe(true);
  });

  it('verifies the chain through the API', async () => {
    const res = await call(t.app, admin, 'GET', '/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ problem: null });
    expect(res.json().checked).toBeGreaterThanOrEqual(3);
  });

  it('rejects malformed filters naming the field', async () => {
    const res = await call(t.app, admin, 'GET', '/api/audit?from=yesterday');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('querystring.from');
    const unknown = await call(t.app, admin, 'GET', '/api/audit?colour=red');
    expect(unknown.statusCode).toBe(400);
  });

  it('bounds a unit-scoped reader to what its unit did', async () => {
    // Give jq-officer audit.read in its own unit only, through a new role and grant made by the admin.
    const role = await call(t.app, admin, 'POST', '/api/roles', {
      id: 'unit-auditor', name: '单位审计员', nameEn: 'Unit auditor', permissions: ['audit.read'],
    });
    expect(role.statusCode, role.body).toBeLessThan(300);
    const jq = await logIn(t.app, 'jq-officer');
    const grant = await call(t.app, admin, 'POST', '/api/grants', {
      userId: jq.me.user.id, roleId: 'unit-auditor', unitId: jq.me.actingUnit!.id, scope: 'unit',
    });
    expect(grant.statusCode, grant.body).toBeLessThan(300);
    const scoped = await logIn(t.app, 'jq-officer');
    const all = (await call(t.app, admin, 'GET', '/api/audit?pageSize=200')).json();
    const mine = (await call(t.app, scoped, 'GET', '/api/audit?pageSize=200')).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);
    expect(mine.items.every((i: { actingUnit: { id: string } | null }) => i.actingUnit?.id === jq.me.actingUnit!.id)).toBe(true);
    expect((await call(t.app, scoped, 'GET', '/api/audit/verify')).statusCode).toBe(403);
  });
});

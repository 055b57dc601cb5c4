import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createAccountsTestApp, logIn, type AccountsTestApp } from '../../test/test-app';

let t: AccountsTestApp;

beforeAll(async () => {
  t = await createAccountsTestApp();
});
afterAll(() => t?.close());

describe('API tokens', () => {
  it('are shown once, act with a subset of the creator\u2019s permissions, need no CSRF token, and stop when revoked', async () => {
    const officer = await logIn(t.app, 'admin');
    const tooMuch = await call(t.app, officer, 'POST', '/api/tokens', { name: 'x', permissions: ['accounts.nothing'] });
    expect(tooMuch.json().error.code).toBe('PERMISSION_UNKNOWN');
    const created = await call(t.app, officer, 'POST', '/api/tokens', { name: '统计接口', permissions: ['accounts.registration.read'] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(new RegExp(`^zjsc_${id}_`));
    const listed = await call(t.app, officer, 'GET', '/api/tokens');
    expect(JSON.stringify(listed.json())).not.toContain(token.slice(18));
    const stored = await t.db.pool.query('select token_hash from api_tokens where id = $1', [id]);
    expect(stored.rows[0].token_hash).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/registrations', headers: bearer })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(403);
    const tokenMe = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(tokenMe.json()).toMatchObject({ csrfToken: null, permissions: ['accounts.registration.read'] });
    // No CSRF header needed for a token, but the token's narrow permissions still apply to writes.
    const write = await t.app.inject({
      method: 'POST', url: '/api/registrations/bulk-decide', headers: bearer,
      payload: { ids: ['00000000-0000-4000-8000-000000000000'], decision: 'verify' },
    });
    expect(write.json().error.code).toBe('FORBIDDEN');

    expect((await call(t.app, officer, 'DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/registrations', headers: bearer })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/registrations', headers: { authorization: `Bearer ${token}x` } })).statusCode).toBe(401);
  });
});

describe('API token safety', () => {
  it('cannot be created by a token, nor with permissions the creator lacks; the audit holds no secret', async () => {
    const officer = await logIn(t.app, 'jq-officer');
    const lacking = await call(t.app, officer, 'POST', '/api/tokens', { name: 'x', permissions: ['accounts.registration.read'] });
    expect(lacking.json().error.code).toBe('FORBIDDEN');
    const admin = await logIn(t.app, 'admin');
    const beyond = await call(t.app, admin, 'POST', '/api/auth/acting-unit', { unitId: 'zhangjiang-science-city' });
    expect(beyond.statusCode).toBe(200);
    const { token } = (await call(t.app, admin, 'POST', '/api/tokens', { name: 'ci', permissions: ['accounts.token.manage'] })).json();
    const minted = await t.app.inject({
      method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${token}` },
      payload: { name: 'child', permissions: ['accounts.token.manage'] },
    });
    expect(minted.json().error.code).toBe('FORBIDDEN');
    const { rows } = await t.db.pool.query(`select before, after from audit_log where action like 'api-token.%'`);
    expect(JSON.stringify(rows)).not.toMatch(/zjsc_[a-z0-9]{12}_/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../platform/auth';
import { verifyAuditChain } from '../../platform/audit';
import { call, createAccountsTestApp, logIn, sessionCookieOf, type AccountsTestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from './seed-demo-accounts';

let t: AccountsTestApp;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createAccountsTestApp({ idleTimeoutMs: 30 * MINUTE, absoluteTimeoutMs: 12 * 60 * MINUTE, touchIntervalMs: 0 });
});
afterAll(() => t?.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: cookie } });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the user, units, acting unit and CSRF token', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ZJ-Officer', password: DEMO_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(Buffer.from(cookie.value, 'base64url')).toHaveLength(32);
    const body = response.json();
    expect(body).toMatchObject({
      user: { username: 'zj-officer', displayName: '张江科建办受理员', mustChangePassword: false },
      units: [{ id: 'zhangjiang-construction-office', name: '张江科建办', kind: 'office' }],
      actingUnit: { id: 'zhangjiang-construction-office' },
    });
    expect(body.permissions).toContain('accounts.registration.verify');
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(body)).not.toContain('argon2');

    const again = await me(cookie.value);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ user: { username: 'zj-officer' }, csrfToken: body.csrfToken });
  });

  it('answers a wrong password and an unknown user with the same status and message', async () => {
    const headers = { 'accept-language': 'en' };
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username: 'expert2', password: 'Wrong@2026' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username: 'nobody-here', password: 'Wrong@2026' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: { error: { requestId: string } }) => ({ ...body.error, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().error).toMatchObject({ code: 'LOGIN_FAILED', message: 'Wrong username or password' });
    const zh = await t.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'zh-CN' },
      payload: { username: 'nobody-here', password: 'x' },
    });
    expect(zh.json().error.message).toBe('用户名或密码错误');
    expect(sessionCookieOf(wrong)).toBeUndefined();
  });

  it('rejects unknown fields in the body with a 400 naming them', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'x', remember: true } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('remember');
  });
});

describe('session fixation', () => {
  it('issues a new session at every login and revokes the cookie the browser came with', async () => {
    const first = await logIn(t.app, 'rsj-officer');
    const second = await logIn(t.app, 'rsj-officer', DEMO_PASSWORD, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect((await me(first.cookie)).statusCode).toBe(401);
    expect((await me(second.cookie)).statusCode).toBe(200);
  });

  it('never adopts a session id chosen by an attacker', async () => {
    const planted = 'A'.repeat(43);
    const session = await logIn(t.app, 'rsj-officer', DEMO_PASSWORD, planted);
    expect(session.cookie).not.toBe(planted);
    expect((await me(planted)).json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('session expiry', () => {
  it('expires after the idle timeout, and each request pushes the idle deadline', async () => {
    const session = await logIn(t.app, 'expert1');
    t.clock.advance(20 * MINUTE);
    expect((await me(session.cookie)).statusCode).toBe(200);
    t.clock.advance(20 * MINUTE);
    expect((await me(session.cookie)).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    const expired = await me(session.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('expires after the absolute timeout even when used all along', async () => {
    const session = await logIn(t.app, 'expert2');
    for (let elapsed = 0; elapsed < 11 * 60; elapsed += 20) {
      t.clock.advance(20 * MINUTE);
      expect((await me(session.cookie)).statusCode).toBe(200);
    }
    t.clock.advance(61 * MINUTE - 20 * MINUTE + 1);
    t.clock.advance(20 * MINUTE);
    const expired = await me(session.cookie);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('lets an expired cookie sign in again (the login route is public)', async () => {
    const session = await logIn(t.app, 'ent-jq');
    t.clock.advance(13 * 60 * MINUTE);
    const again = await logIn(t.app, 'ent-jq', DEMO_PASSWORD, session.cookie);
    expect((await me(again.cookie)).statusCode).toBe(200);
  });
});

describe('revocation', () => {
  it('logout revokes the session and clears the cookie', async () => {
    const session = await logIn(t.app, 'ent-zj');
    const out = await call(t.app, session, 'POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    expect((await me(session.cookie)).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('"sign out elsewhere" revokes every other session and keeps this one; one session can be ended by id', async () => {
    const laptop = await logIn(t.app, 'jq-officer');
    const phone = await logIn(t.app, 'jq-officer');
    const tablet = await logIn(t.app, 'jq-officer');
    const list = await call(t.app, laptop, 'GET', '/api/auth/sessions');
    const sessions = list.json() as Array<{ id: string; current: boolean }>;
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.length).toBeGreaterThanOrEqual(3);

    const tabletId = sessions.find((s) => !s.current)!.id;
    expect((await call(t.app, laptop, 'DELETE', `/api/auth/sessions/${tabletId}`)).statusCode).toBe(204);
    const remaining = [await me(phone.cookie), await me(tablet.cookie)].filter((r) => r.statusCode === 200);
    expect(remaining).toHaveLength(1);

    const revoked = await call(t.app, laptop, 'POST', '/api/auth/sessions/revoke-others');
    expect(revoked.json().revoked).toBeGreaterThanOrEqual(1);
    expect((await me(phone.cookie)).statusCode).toBe(401);
    expect((await me(tablet.cookie)).statusCode).toBe(401);
    expect((await me(laptop.cookie)).statusCode).toBe(200);
  });

  it('another user cannot end my session by its id', async () => {
    const mine = await logIn(t.app, 'zj-officer');
    const id = ((await call(t.app, mine, 'GET', '/api/auth/sessions')).json() as Array<{ id: string; current: boolean }>).find((s) => s.current)!.id;
    const other = await logIn(t.app, 'expert1');
    expect((await call(t.app, other, 'DELETE', `/api/auth/sessions/${id}`)).statusCode).toBe(404);
    expect((await me(mine.cookie)).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('rejects a state-changing cookie request without the token or with a wrong one; accepts the right one', async () => {
    const session = await logIn(t.app, 'zj-officer');
    const payload = { unitId: 'zhangjiang-construction-office' };
    const cookies = { [SESSION_COOKIE]: session.cookie };
    const none = await t.app.inject({ method: 'POST', url: '/api/auth/acting-unit', cookies, payload });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const other = await logIn(t.app, 'jq-officer');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/acting-unit', cookies, payload, headers: { 'x-csrf-token': other.csrfToken } });
    expect(wrong.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await call(t.app, session, 'POST', '/api/auth/acting-unit', payload)).statusCode).toBe(200);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies });
    expect(logout.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await me(session.cookie)).statusCode).toBe(200);
  });
});

describe('lockout', () => {
  it('locks a username after 5 failures within the window, lifts it after the lock; unknown names lock alike', async () => {
    const attempt = (username: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: { 'accept-language': 'en' }, remoteAddress: `10.1.0.${username.length}` });
    for (const username of ['expert2', 'ghost-user']) {
      for (let i = 0; i < 5; i += 1) expect((await attempt(username, 'Wrong@2026')).json().error.code).toBe('LOGIN_FAILED');
      const locked = await attempt(username, username === 'expert2' ? DEMO_PASSWORD : 'Wrong@2026');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED', message: 'Too many failed sign-ins; try again in 15 minutes' });
    }
    const row = await t.db.pool.query(`select failed_login_count, locked_until is not null as locked from users where username = 'expert2'`);
    expect(row.rows[0]).toEqual({ failed_login_count: 5, locked: true });

    t.clock.advance(16 * MINUTE);
    expect((await attempt('expert2', DEMO_PASSWORD)).statusCode).toBe(200);
    const cleared = await t.db.pool.query(`select failed_login_count, locked_until from users where username = 'expert2'`);
    expect(cleared.rows[0]).toEqual({ failed_login_count: 0, locked_until: null });
  });

  it('forgets failures older than the window', async () => {
    for (let i = 0; i < 4; i += 1) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ent-zj', password: 'nope' }, remoteAddress: '10.2.0.1' });
    }
    t.clock.advance(16 * MINUTE);
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ent-zj', password: 'nope' }, remoteAddress: '10.2.0.1' });
    expect((await logIn(t.app, 'ent-zj')).me.user.id).toBeTruthy();
  });

  it('throttles one client address across usernames', async () => {
    const limit = t.settings.maxFailuresPerAddress;
    for (let i = 0; i < limit; i += 1) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `spray-${i}`, password: 'x' }, remoteAddress: '10.3.0.1' });
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD }, remoteAddress: '10.3.0.1' });
    expect(blocked.json().error.code).toBe('RATE_LIMITED');
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD }, remoteAddress: '10.3.0.2' });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('authentication of every /api route', () => {
  it('answers 401 UNAUTHENTICATED to anonymous calls of non-public routes, and serves the public ones', async () => {
    const protectedRoutes: Array<[string, string]> = [
      ['GET', '/api/auth/me'], ['POST', '/api/auth/logout'], ['GET', '/api/auth/sessions'], ['GET', '/api/users'],
      ['POST', '/api/users'], ['GET', '/api/roles'], ['GET', '/api/grants'], ['GET', '/api/units'], ['GET', '/api/tokens'],
      ['GET', '/api/registrations'], ['GET', '/api/registrations/summary'], ['GET', '/api/registrations/export'],
      ['POST', '/api/registrations/bulk-decide'], ['GET', '/api/no-such-route'],
    ];
    for (const [method, url] of protectedRoutes) {
      const response = await t.app.inject({ method: method as 'GET', url, payload: method === 'GET' ? undefined : {} });
      expect([method, url, response.statusCode, response.json().error.code]).toEqual([method, url, 401, 'UNAUTHENTICATED']);
    }
    for (const url of ['/api/health', '/api/zone/summary', '/api/openapi.json']) {
      expect([url, (await t.app.inject({ method: 'GET', url })).statusCode]).toEqual([url, 200]);
    }
  });

  it('treats a garbage cookie as no session and a malformed bearer header as unauthenticated', async () => {
    expect((await me('garbage')).json().error.code).toBe('UNAUTHENTICATED');
    const bearer = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Basic abc' } });
    expect(bearer.statusCode).toBe(401);
  });
});

describe('acting unit and password', () => {
  it('switches only to a unit the user belongs to, and the grants follow the acting unit', async () => {
    const admin = await logIn(t.app, 'admin');
    const userId = (await logIn(t.app, 'jq-officer')).me.user.id;
    expect((await call(t.app, admin, 'POST', `/api/users/${userId}/units`, { unitId: 'district-statistics' })).statusCode).toBe(204);
    const officer = await logIn(t.app, 'jq-officer');
    expect(officer.me.actingUnit?.id).toBe('jinqiao');
    const notMember = await call(t.app, officer, 'POST', '/api/auth/acting-unit', { unitId: 'lujiazui' });
    expect(notMember.json().error.code).toBe('UNIT_NOT_MEMBER');
    const switched = await call(t.app, officer, 'POST', '/api/auth/acting-unit', { unitId: 'district-statistics' });
    expect(switched.json()).toMatchObject({ actingUnit: { id: 'district-statistics' }, permissions: [] });
    expect((await call(t.app, officer, 'GET', '/api/registrations')).statusCode).toBe(403);
    // The next login starts where the user left off.
    expect((await logIn(t.app, 'jq-officer')).me.actingUnit?.id).toBe('district-statistics');
    await call(t.app, officer, 'POST', '/api/auth/acting-unit', { unitId: 'jinqiao' });
  });

  it('changes the password with the current one, enforces the policy, and signs out the other sessions', async () => {
    const a = await logIn(t.app, 'expert1');
    const b = await logIn(t.app, 'expert1');
    const wrong = await call(t.app, a, 'POST', '/api/auth/password', { currentPassword: 'nope', newPassword: 'NewPass2026' });
    expect(wrong.json().error).toMatchObject({ code: 'PASSWORD_INCORRECT', details: { field: 'currentPassword' } });
    const weak = await call(t.app, a, 'POST', '/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'PASSWORD_TOO_WEAK', details: { field: 'newPassword', problems: ['too-short', 'no-digit'] } });
    const ok = await call(t.app, a, 'POST', '/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'NewPass2026' });
    expect(ok.json()).toEqual({ revokedSessions: 1 });
    expect((await me(b.cookie)).statusCode).toBe(401);
    expect((await me(a.cookie)).statusCode).toBe(200);
    await logIn(t.app, 'expert1', 'NewPass2026');
  });
});

describe('audit', () => {
  it('recorded sign-ins, failures and changes in an intact chain, without secrets', async () => {
    const { rows } = await t.db.pool.query<{ action: string; before: unknown; after: unknown }>('select action, before, after from audit_log');
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ['auth.login', 'auth.login-failed', 'auth.logout', 'auth.revoke-other-sessions', 'auth.switch-acting-unit', 'user.change-password', ]) {
      expect(actions).toContain(action);
    }
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|Demo@2026|NewPass2026/);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ problem: null });
  });
});

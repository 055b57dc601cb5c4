import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, createAccountsTestApp, logIn, type AccountsTestApp } from '../../test/test-app';
import { createIdentityCache } from './identity-cache';

// The cache must never outlive a revocation: through this server at once, from anywhere else within moments.
let t: AccountsTestApp;

beforeAll(async () => {
  t = await createAccountsTestApp({ identityCacheMs: 60_000 });
});
afterAll(() => t?.close());

const listUnits = (session: Awaited<ReturnType<typeof logIn>>) => call(t.app, session, 'GET', '/api/units?pageSize=1');

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('identity cache', () => {
  it('forgets a session signed out through the API before the sign-out answers', async () => {
    const session = await logIn(t.app, 'zj-officer');
    expect((await listUnits(session)).statusCode).toBe(200);
    expect((await call(t.app, session, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await listUnits(session)).statusCode).toBe(401);
  });

  it('forgets a session revoked by plain SQL from another connection (database notification)', async () => {
    const session = await logIn(t.app, 'jq-officer');
    expect((await listUnits(session)).statusCode).toBe(200);
    await t.db.pool.query(`update sessions set revoked_at = now() where user_id = (select id from users where username = 'jq-officer')`);
    expect(await eventually(async () => (await listUnits(session)).statusCode === 401)).toBe(true);
  });

  it('sees a grant withdrawn by plain SQL (the permission disappears within moments)', async () => {
    const session = await logIn(t.app, 'rsj-officer');
    expect((await listUnits(session)).statusCode).toBe(200);
    await t.db.pool.query(`delete from grants where user_id = (select id from users where username = 'rsj-officer')`);
    expect(await eventually(async () => (await listUnits(session)).statusCode === 403)).toBe(true);
  });

  it('keeps serving a session whose only change is its last-seen time', async () => {
    const session = await logIn(t.app, 'admin');
    await t.db.pool.query(`update sessions set last_seen_at = now() where user_id = (select id from users where username = 'admin')`);
    expect((await listUnits(session)).statusCode).toBe(200);
  });

  it('stays warm across writes of modules that leave identities alone, and empties on any other write', async () => {
    const session = await logIn(t.app, 'kjw-officer');
    expect((await listUnits(session)).statusCode).toBe(200);
    // Revoked with the triggers off: no notification, so only a write through this server can empty the cache.
    await t.db.pool.query(`begin; set local session_replication_role = replica;
      update sessions set revoked_at = now() where user_id = (select id from users where username = 'kjw-officer'); commit`);
    await call(t.app, session, 'POST', '/api/policies/rd-growth/evaluate', { facts: {} });
    expect((await listUnits(session)).statusCode).toBe(200);
    await call(t.app, session, 'POST', '/api/users', {});
    expect((await listUnits(session)).statusCode).toBe(401);
  });

  it('loads an identity once for concurrent requests of one session', async () => {
    const session = await logIn(t.app, 'czj-officer');
    await call(t.app, session, 'POST', '/api/users', {}); // empties the cache
    const query = vi.spyOn(t.db.pool, 'query');
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, () => listUnits(session)));
      expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(200));
      expect(query.mock.calls.filter(([config]) => (config as { name?: string }).name === 'auth-session')).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });

  it('neither keeps nor shares a load that a clear overtook', async () => {
    const cache = await createIdentityCache(t.db.pool, 60_000);
    try {
      let finish: (row: string) => void = () => undefined;
      const overtaken = cache.getOrLoad('k', () => new Promise<string>((resolve) => (finish = resolve)));
      cache.clear();
      const fresh = cache.getOrLoad('k', async () => 'after');
      finish('before');
      expect(await overtaken).toBe('before');
      expect(await fresh).toBe('after');
      expect(cache.get('k')).toBe('after');
    } finally {
      await cache.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { composeCreditCode } from './demo-credit-code';
import { DEMO_PASSWORD } from './seed-demo-accounts';

let t: AccountsTestApp;
let zj: TestSession;
let jq: TestSession;
let admin: TestSession;

beforeAll(async () => {
  t = await createAccountsTestApp();
  [zj, jq, admin] = [await logIn(t.app, 'zj-officer'), await logIn(t.app, 'jq-officer'), await logIn(t.app, 'admin')];
});
afterAll(() => t?.close());

let serial = 0;
function registration(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    creditCode: composeCreditCode(`MA1T${String(serial).padStart(4, '0')}`),
    enterpriseName: `测试企业${serial}有限公司`,
    contactName: '张三',
    contactPhone: '021-5080 0000',
    bodyId: 'zhangjiang',
    townCode: '310115125',
    username: `staff-${serial}`,
    password: 'Staff2026ok',
    ...overrides,
  };
}

async function register(body: Record<string, unknown>, language = 'en') {
  return t.app.inject({ method: 'POST', url: '/api/registrations', headers: { 'accept-language': language }, payload: body });
}

describe('self-registration', () => {
  it('creates a pending account that cannot sign in until verified', async () => {
    const body = registration();
    const response = await register(body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'pending' });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: body.username, password: body.password } });
    expect(login.json().error.code).toBe('ACCOUNT_PENDING');
  });

  it.each<[string, string, string, string]>([
    ['length', '91310115MA1FL0A1', 'a credit code has 18 characters, this one has 16', '统一社会信用代码应为 18 位，实际为 16 位'],
    ['character', '91310115MA1FL0AI1X', 'character 16 "I" is not allowed', '第 16 位字符“I”不允许'],
    ['check digit', `${composeCreditCode('MA1FL0A1').slice(0, 17)}0`, 'wrong check character: position 18 should be', '校验码错误'],
  ])('rejects a credit code with a wrong %s, naming the field and why', async (_label, creditCode, en, zh) => {
    const response = await register(registration({ creditCode }));
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('CREDIT_CODE_INVALID');
    expect(error.details.field).toBe('creditCode');
    expect(error.message).toContain('(creditCode)');
    expect(error.message).toContain(en);
    expect((await register(registration({ creditCode }), 'zh-CN')).json().error.message).toContain(zh);
  });

  it('accepts a credit code typed in lower case with spaces and stores it normalised', async () => {
    const body = registration();
    const typed = `${body.creditCode.slice(0, 9).toLowerCase()} ${body.creditCode.slice(9)}`;
    const response = await register({ ...body, creditCode: typed });
    expect(response.statusCode).toBe(201);
    const row = await t.db.pool.query('select credit_code from enterprise_registrations where id = $1', [response.json().id]);
    expect(row.rows[0].credit_code).toBe(body.creditCode);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a weak password', { password: 'weak' }, 'PASSWORD_TOO_WEAK', 'password'],
    ['an unknown body', { bodyId: 'atlantis' }, 'UNIT_INVALID', 'bodyId'],
    ['a town not in the zone', { townCode: '310115999' }, 'UNIT_INVALID', 'townCode'],
    ['an invalid username', { username: '-bad name' }, 'VALIDATION_FAILED', 'username'],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_label, overrides, code, field) => {
    const before = await t.db.pool.query('select count(*)::int as n from users');
    const response = await register(registration(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(JSON.stringify(response.json().error.details)).toContain(field);
    expect((await t.db.pool.query('select count(*)::int as n from users')).rows[0]).toEqual(before.rows[0]);
  });

  it('refuses a taken username with 409 and unknown fields with 400', async () => {
    expect((await register(registration({ username: 'admin' }))).json().error.code).toBe('USERNAME_TAKEN');
    expect((await register({ ...registration(), role: 'platform-admin' })).statusCode).toBe(400);
  });
});

describe('verification', () => {
  it('creates the enterprise unit, activates the account with the enterprise-staff role; a second staff member joins it', async () => {
    const first = registration();
    const id = (await register(first)).json().id as string;
    const verified = await call(t.app, zj, 'POST', `/api/registrations/${id}/verify`);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'verified', abilities: ['read'], enterpriseUnitId: `ent-${first.creditCode.toLowerCase()}` });
    const staff = await logIn(t.app, first.username, first.password);
    expect(staff.me.actingUnit).toMatchObject({ id: `ent-${first.creditCode.toLowerCase()}` });
    expect(staff.me.permissions).toContain('accounts.registration.read');

    const second = registration({ creditCode: first.creditCode, enterpriseName: first.enterpriseName });
    const secondId = (await register(second)).json().id as string;
    // The enterprise's existing staff see their colleague's registration (unit scope), others do not.
    const own = await call(t.app, staff, 'GET', '/api/registrations?status=pending');
    expect(own.json().items.map((r: { id: string }) => r.id)).toEqual([secondId]);
    expect((await call(t.app, zj, 'POST', `/api/registrations/${secondId}/verify`)).statusCode).toBe(200);
    const units = await t.db.pool.query('select count(*)::int as n from enterprises where credit_code = $1', [first.creditCode]);
    expect(units.rows[0].n).toBe(1);
    expect((await logIn(t.app, second.username, second.password)).me.actingUnit?.id).toBe(staff.me.actingUnit?.id);

    const twice = await call(t.app, zj, 'POST', `/api/registrations/${id}/verify`);
    expect(twice.json().error.code).toBe('REGISTRATION_NOT_PENDING');
  });

  it('rejects with a reason; the account stays unable to sign in', async () => {
    const body = registration();
    const id = (await register(body)).json().id as string;
    const noReason = await call(t.app, zj, 'POST', `/api/registrations/${id}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    const rejected = await call(t.app, zj, 'POST', `/api/registrations/${id}/reject`, { reason: '营业执照信息不符' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: '营业执照信息不符', abilities: ['read'] });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: body.username, password: body.password } });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
  });
});

describe('cross-jurisdiction probes: the 金桥 officer and the original area', () => {
  let zjIds: string[];
  let jqIds: string[];

  beforeAll(async () => {
    zjIds = [];
    jqIds = [];
    for (let i = 0; i < 3; i += 1) {
      zjIds.push((await register(registration({ enterpriseName: `原区域探针${i}有限公司`, bodyId: 'zhangjiang', townCode: '310115125' }))).json().id);
      jqIds.push((await register(registration({ enterpriseName: `金桥探针${i}有限公司`, bodyId: 'jinqiao', townCode: '310115120' }))).json().id);
    }
  });

  const ids = (response: { json(): { items: Array<{ id: string }> } }) => response.json().items.map((r) => r.id);

  it('never lists, counts or finds them by search', async () => {
    const list = await call(t.app, jq, 'GET', '/api/registrations?pageSize=200');
    expect(ids(list)).toEqual(expect.arrayContaining(jqIds));
    expect(ids(list).some((id: string) => zjIds.includes(id))).toBe(false);
    const rows = await t.db.pool.query(`select count(*)::int as n from enterprise_registrations where body_id = 'jinqiao' or town_code = '310115120'`);
    expect(list.json().total).toBe(rows.rows[0].n);

    const search = await call(t.app, jq, 'GET', `/api/registrations?q=${encodeURIComponent('原区域探针')}`);
    expect(search.json()).toMatchObject({ items: [], total: 0 });
    const byCode = await t.db.pool.query('select credit_code from enterprise_registrations where id = $1', [zjIds[0]]);
    expect((await call(t.app, jq, 'GET', `/api/registrations?q=${byCode.rows[0].credit_code}`)).json().total).toBe(0);
    expect((await call(t.app, zj, 'GET', `/api/registrations?q=${byCode.rows[0].credit_code}`)).json().total).toBe(1);

    const summary = (await call(t.app, jq, 'GET', '/api/registrations/summary')).json();
    const pending = await t.db.pool.query(`select count(*)::int as n from enterprise_registrations where status = 'pending' and (body_id = 'jinqiao' or town_code = '310115120')`);
    expect(summary.pending).toBe(pending.rows[0].n);
  });

  it('never sees them in detail (404, as if absent) nor in an export', async () => {
    for (const id of zjIds) {
      const detail = await call(t.app, jq, 'GET', `/api/registrations/${id}`);
      expect(detail.statusCode).toBe(404);
    }
    expect((await call(t.app, zj, 'GET', `/api/registrations/${zjIds[0]}`)).json().abilities).toEqual(['read', 'verify', 'reject']);
    const csv = (await call(t.app, jq, 'GET', '/api/registrations/export')).body;
    expect(csv).toContain('金桥探针0有限公司');
    expect(csv).not.toContain('原区域探针');
    expect(csv).not.toContain('310115125');
  });

  it('cannot verify, reject or bulk-decide them; nothing changes', async () => {
    for (const id of zjIds) {
      expect((await call(t.app, jq, 'POST', `/api/registrations/${id}/verify`)).statusCode).toBe(404);
      expect((await call(t.app, jq, 'POST', `/api/registrations/${id}/reject`, { reason: 'x' })).statusCode).toBe(404);
    }
    const bulk = await call(t.app, jq, 'POST', '/api/registrations/bulk-decide', { ids: [...zjIds, jqIds[0]], decision: 'verify' });
    expect(bulk.json()).toEqual({ decided: [jqIds[0]], skipped: zjIds });
    const states = await t.db.pool.query('select status from enterprise_registrations where id = any($1::uuid[])', [zjIds]);
    expect(states.rows.every((r) => r.status === 'pending')).toBe(true);
  });

  it('the original-area officer is bounded the same way, and the administrator sees both', async () => {
    expect(ids(await call(t.app, zj, 'GET', '/api/registrations?pageSize=200')).some((id: string) => jqIds.includes(id))).toBe(false);
    expect((await call(t.app, zj, 'GET', `/api/registrations/${jqIds[1]}`)).statusCode).toBe(404);
    const all = ids(await call(t.app, admin, 'GET', '/api/registrations?pageSize=200'));
    expect(all).toEqual(expect.arrayContaining([...zjIds, ...jqIds]));
  });

  it('users: the 金桥 officer sees the 金桥 enterprise staff, not the original area\u2019s', async () => {
    const users = (await call(t.app, jq, 'GET', '/api/users?pageSize=200')).json().items.map((u: { username: string }) => u.username);
    expect(users).toContain('ent-jq');
    expect(users).not.toContain('ent-zj');
    // A territory scope reaches the records of the area (its enterprises' staff), not the officers of other units.
    expect(users).not.toContain('zj-officer');
    expect(users).not.toContain('admin');
  });

  it('units: enterprises are listed within scope only', async () => {
    const units = (await call(t.app, jq, 'GET', '/api/units?kind=enterprise')).json().items.map((u: { id: string }) => u.id);
    expect(units).toContain('ent-demo-jq');
    expect(units).not.toContain('ent-demo-zj');
    const tree = (await call(t.app, jq, 'GET', '/api/units')).json();
    expect(tree.items.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining(['zhangjiang-science-city', 'jinqiao', 'expert-pool']));
  });
});

describe('audit', () => {
  it('recorded submissions and decisions in an intact chain, without passwords', async () => {
    const { rows } = await t.db.pool.query<{ action: string; after: unknown }>(
      `select action, after from audit_log where object_type in ('enterprise-registration', 'org-unit')`,
    );
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions].sort()).toEqual(['enterprise.create', 'registration.reject', 'registration.submit', 'registration.verify']);
    expect(JSON.stringify(rows)).not.toMatch(/Staff2026ok|argon2|Demo@2026/);
    expect(DEMO_PASSWORD).toBe('Demo@2026');
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ problem: null });
  });
});

/**
 * 权限矩阵 — generated from the declared permissions and the roles in the database: every role × data scope gets
 * a user with that one grant in the 金桥管理局 unit, and for every permission a probe calls the HTTP API on targets
 * inside and outside each scope. A probe's outcome must equal what the grant allows: the role carries the
 * permission and the scope reaches the target. Adding a permission without a probe fails the test.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_SCOPES, type DataScope } from '../../../core/access/data-scope';
import { hashPassword, listDeclaredPermissions } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { composeCreditCode } from './demo-credit-code';

type Target = 'unit' | 'tree' | 'territory' | 'own' | 'out';

/** Which targets each scope of a grant in 金桥管理局 reaches, per kind of object (see the fixtures below). */
const REACH: Record<'registration' | 'user' | 'grant' | 'enterprise', Record<DataScope, Target[]>> = {
  registration: { zone: ['unit', 'tree', 'territory', 'own', 'out'], unit: ['unit'], 'unit-tree': ['unit', 'tree'], territory: ['territory'], own: ['own'] },
  // The probe user belongs to 金桥管理局 itself, so unit scopes reach them too.
  user: { zone: ['unit', 'tree', 'territory', 'own', 'out'], unit: ['unit', 'own'], 'unit-tree': ['unit', 'tree', 'own'], territory: ['territory'], own: ['own'] },
  grant: { zone: ['unit', 'tree', 'own', 'out'], unit: ['unit', 'own'], 'unit-tree': ['unit', 'tree', 'own'], territory: [], own: ['own'] },
  enterprise: { zone: ['territory', 'out'], unit: [], 'unit-tree': [], territory: ['territory'], own: [] },
};

interface Combo {
  role: { id: string; permissions: string[] };
  scope: DataScope;
  session: TestSession;
  /** This combination's own registrations, by target. */
  registrations: Record<Target, string>;
  ownGrantId: string;
}

interface Verdict {
  combo: Combo;
  target: string;
  expected: boolean;
  actual: boolean;
  status: number;
}

let t: AccountsTestApp;
let app: FastifyInstance;
const combos: Combo[] = [];
const users: Record<Exclude<Target, 'own'>, string> = { unit: '', tree: '', territory: '', out: '' };
const grants: Record<Exclude<Target, 'territory' | 'own'>, string> = { unit: '', tree: '', out: '' };
let serial = 0;

beforeAll(async () => {
  t = await createAccountsTestApp();
  app = t.app;
  const sql = (text: string, params: unknown[] = []) => t.db.pool.query(text, params);
  const hash = await hashPassword('Matrix2026');
  const newUser = async (username: string, status = 'active') =>
    (await sql(`insert into users (username, display_name, password_hash, status) values ($1, $1, $2, $3) returning id`, [username, hash, status])).rows[0].id as string;

  await sql(`insert into org_units (id, zone_id, kind, name, name_en, parent_id, source, verified, sort_order)
             values ('jinqiao-window', 'zhangjiang', 'office', '金桥受理窗口', 'Jinqiao window', 'jinqiao', 'test', false, 999),
                    ('ent-matrix-jq', 'zhangjiang', 'enterprise', '矩阵测试企业', 'Matrix Co.', null, 'test', false, 0)`);
  await sql(`insert into enterprises (unit_id, credit_code, body_id, town_code) values ('ent-matrix-jq', $1, 'jinqiao', '310115120')`, [composeCreditCode('MA1X0000')]);
  await sql(`insert into roles (id, name, name_en, permissions) values ('matrix-probe', '探针', 'Probe', '{}')`);
  for (const [target, unitId] of [['unit', 'jinqiao'], ['tree', 'jinqiao-window'], ['territory', 'ent-matrix-jq'], ['out', 'zhangjiang']] as const) {
    users[target] = await newUser(`mx-${target}`);
    await sql('insert into user_units (user_id, unit_id) values ($1, $2)', [users[target], unitId]);
    if (target !== 'territory') {
      grants[target] = (await sql(`insert into grants (user_id, role_id, unit_id, scope) values ($1, 'matrix-probe', $2, 'own') returning id`, [users[target], unitId])).rows[0].id;
    }
  }

  const roles = (await sql(`select id, permissions from roles where built_in order by id`)).rows as Combo['role'][];
  for (const role of roles) {
    for (const scope of DATA_SCOPES) {
      const username = `m-${role.id}-${scope}`;
      const userId = await newUser(username);
      await sql(`insert into user_units (user_id, unit_id) values ($1, 'jinqiao')`, [userId]);
      const ownGrantId = (await sql(`insert into grants (user_id, role_id, unit_id, scope) values ($1, $2, 'jinqiao', $3) returning id`, [userId, role.id, scope])).rows[0].id;
      const registrations = {} as Record<Target, string>;
      const fixtures: Record<Target, [string | null, string | null, string | null]> = {
        unit: ['jinqiao', null, null],
        tree: ['jinqiao-window', null, null],
        territory: [null, 'jinqiao', '310115120'],
        own: [null, null, null],
        out: ['ent-demo-zj', 'zhangjiang', '310115125'],
      };
      for (const [target, [unitId, bodyId, townCode]] of Object.entries(fixtures) as Array<[Target, [string | null, string | null, string | null]]>) {
        serial += 1;
        const submitter = target === 'own' ? userId : await newUser(`mx-submitter-${serial}`, 'pending');
        registrations[target] = (await sql(
          `insert into enterprise_registrations (credit_code, enterprise_name, contact_name, contact_phone, body_id, town_code, submitted_user_id, enterprise_unit_id)
           values ($1, $2, '测试', '021-1234567', $3, $4, $5, $6) returning id`,
          [composeCreditCode(`MA1M${String(serial).padStart(4, '0')}`), `矩阵${serial}`, bodyId, townCode, submitter, unitId],
        )).rows[0].id;
      }
      combos.push({ role, scope, session: await logIn(app, username, 'Matrix2026'), registrations, ownGrantId });
    }
  }
}, 180_000);

afterAll(() => t?.close());

const isAllowed = (status: number) => status >= 200 && status < 300;
const ids = (body: unknown): string[] => {
  const items = Array.isArray(body) ? body : (body as { items?: unknown[] }).items ?? [];
  return (items as Array<{ id: string }>).map((item) => item.id);
};

/** One probe per declared permission: the calls it makes and what each should do for a combination. */
const probes: Record<string, (combo: Combo) => Promise<Verdict[]>> = {
  [AccountsPermission.RegistrationRead]: async (combo) => {
    const has = combo.role.permissions.includes(AccountsPermission.RegistrationRead);
    const list = await call(app, combo.session, 'GET', '/api/registrations?pageSize=200');
    const listed = isAllowed(list.statusCode) ? ids(list.json()) : [];
    const verdicts: Verdict[] = [{ combo, target: 'list', expected: has, actual: isAllowed(list.statusCode), status: list.statusCode }];
    for (const [target, id] of Object.entries(combo.registrations) as Array<[Target, string]>) {
      const expected = has && REACH.registration[combo.scope].includes(target);
      const detail = await call(app, combo.session, 'GET', `/api/registrations/${id}`);
      verdicts.push({ combo, target: `detail:${target}`, expected, actual: isAllowed(detail.statusCode), status: detail.statusCode });
      verdicts.push({ combo, target: `list:${target}`, expected, actual: listed.includes(id), status: list.statusCode });
    }
    return verdicts;
  },
  [AccountsPermission.RegistrationVerify]: async (combo) => {
    const has = combo.role.permissions.includes(AccountsPermission.RegistrationVerify);
    const verdicts: Verdict[] = [];
    for (const [target, id] of Object.entries(combo.registrations) as Array<[Target, string]>) {
      const response = await call(app, combo.session, 'POST', `/api/registrations/${id}/verify`);
      const status = (await t.db.pool.query('select status from enterprise_registrations where id = $1', [id])).rows[0].status;
      const expected = has && REACH.registration[combo.scope].includes(target);
      verdicts.push({ combo, target, expected, actual: isAllowed(response.statusCode) && status === 'verified', status: response.statusCode });
    }
    return verdicts;
  },
  [AccountsPermission.UserRead]: async (combo) => {
    const has = combo.role.permissions.includes(AccountsPermission.UserRead);
    const list = await call(app, combo.session, 'GET', '/api/users?pageSize=200&q=m');
    const listed = isAllowed(list.statusCode) ? ids(list.json()) : [];
    const targets = { ...users, own: combo.session.me.user.id };
    return [
      { combo, target: 'list', expected: has, actual: isAllowed(list.statusCode), status: list.statusCode },
      ...(Object.entries(targets) as Array<[Target, string]>).map(([target, id]) => ({
        combo, target, expected: has && REACH.user[combo.scope].includes(target), actual: listed.includes(id), status: list.statusCode,
      })),
    ];
  },
  [AccountsPermission.UserManage]: async (combo) => {
    const has = combo.role.permissions.includes(AccountsPermission.UserManage);
    const verdicts: Verdict[] = [];
    for (const [target, id] of Object.entries(users) as Array<[Target, string]>) {
      const response = await call(app, combo.session, 'POST', `/api/users/${id}/disable`);
      verdicts.push({ combo, target, expected: has && REACH.user[combo.scope].includes(target), actual: isAllowed(response.statusCode), status: response.statusCode });
      await t.db.pool.query(`update users set status = 'active' where id = $1`, [id]);
    }
    return verdicts;
  },
  [AccountsPermission.RoleRead]: async (combo) => {
    const response = await call(app, combo.session, 'GET', '/api/roles');
    return [{ combo, target: 'roles', expected: combo.role.permissions.includes(AccountsPermission.RoleRead), actual: isAllowed(response.statusCode), status: response.statusCode }];
  },
  [AccountsPermission.RoleManage]: async (combo) => {
    const response = await call(app, combo.session, 'PATCH', '/api/roles/matrix-probe', { name: `探针 ${combo.role.id}` });
    return [{ combo, target: 'role', expected: combo.role.permissions.includes(AccountsPermission.RoleManage), actual: isAllowed(response.statusCode), status: response.statusCode }];
  },
  [AccountsPermission.GrantRead]: async (combo) => {
    const has = combo.role.permissions.includes(AccountsPermission.GrantRead);
    const list = await call(app, combo.session, 'GET', '/api/grants');
    const listed = isAllowed(list.statusCode) ? ids(list.json()) : [];
    const targets = { ...grants, own: combo.ownGrantId };
    return [
      { combo, target: 'list', expected: has, actual: isAllowed(list.statusCode), status: list.statusCode },
      ...(Object.entries(targets) as Array<[Target, string]>).map(([target, id]) => ({
        combo, target, expected: has && REACH.grant[combo.scope].includes(target), actual: listed.includes(id), status: list.statusCode,
      })),
    ];
  },
  [AccountsPermission.GrantManage]: async (combo) => {
    // Placing a grant in a unit needs the unit itself in scope: zone, unit or unit-tree scopes, not territory or own.
    const expected = combo.role.permissions.includes(AccountsPermission.GrantManage) && ['zone', 'unit', 'unit-tree'].includes(combo.scope);
    const body = { userId: combo.session.me.user.id, roleId: 'matrix-probe', unitId: 'jinqiao', scope: 'unit' };
    const created = await call(app, combo.session, 'POST', '/api/grants', body);
    const verdicts: Verdict[] = [{ combo, target: 'create', expected, actual: isAllowed(created.statusCode), status: created.statusCode }];
    if (isAllowed(created.statusCode)) {
      const revoked = await call(app, combo.session, 'DELETE', `/api/grants/${created.json().id}`);
      verdicts.push({ combo, target: 'revoke', expected, actual: isAllowed(revoked.statusCode), status: revoked.statusCode });
    }
    return verdicts;
  },
  [AccountsPermission.UnitRead]: async (combo) => {
    const has = combo.role.permissions.includes(AccountsPermission.UnitRead);
    const list = await call(app, combo.session, 'GET', '/api/units?kind=enterprise&pageSize=1000');
    const listed = isAllowed(list.statusCode) ? ids(list.json()) : [];
    const targets: Array<[Target, string]> = [['territory', 'ent-matrix-jq'], ['out', 'ent-demo-zj']];
    return [
      { combo, target: 'list', expected: has, actual: isAllowed(list.statusCode), status: list.statusCode },
      ...targets.map(([target, id]) => ({ combo, target, expected: has && REACH.enterprise[combo.scope].includes(target), actual: listed.includes(id), status: list.statusCode })),
    ];
  },
  [AccountsPermission.TokenManage]: async (combo) => {
    const response = await call(app, combo.session, 'GET', '/api/tokens');
    return [{ combo, target: 'tokens', expected: combo.role.permissions.includes(AccountsPermission.TokenManage), actual: isAllowed(response.statusCode), status: response.statusCode }];
  },
};

describe('authorization matrix: role × permission × scope through the HTTP API', () => {
  it('has a probe for every declared permission, and every built-in role carries only declared ones', async () => {
    const declared = listDeclaredPermissions().filter((p) => p.module === 'accounts').map((p) => p.id);
    expect(Object.keys(probes).sort()).toEqual(declared);
    const known = new Set(listDeclaredPermissions().map((p) => p.id));
    for (const combo of combos) expect(combo.role.permissions.filter((p) => !known.has(p))).toEqual([]);
    expect(combos).toHaveLength(new Set(combos.map((c) => c.role.id)).size * DATA_SCOPES.length);
  });

  for (const permission of listDeclaredPermissions().filter((p) => p.module === 'accounts')) {
    it(`${permission.id}: allowed exactly where the grant reaches, denied elsewhere`, async () => {
      const verdicts: Verdict[] = [];
      for (const combo of combos) verdicts.push(...(await probes[permission.id]!(combo)));
      const wrong = verdicts
        .filter((v) => v.expected !== v.actual || v.status >= 500)
        .map((v) => `${v.combo.role.id}/${v.combo.scope} ${v.target}: expected ${v.expected ? 'allowed' : 'denied'}, got ${v.status}`);
      expect(wrong).toEqual([]);
      // The matrix must exercise both outcomes for every permission some role holds.
      if (combos.some((c) => c.role.permissions.includes(permission.id))) {
        expect(verdicts.some((v) => v.expected)).toBe(true);
      }
      expect(verdicts.some((v) => !v.expected)).toBe(true);
    });
  }
});

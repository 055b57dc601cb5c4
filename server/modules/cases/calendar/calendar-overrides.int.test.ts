/**
 * The administrator's working-day overrides: list, add, remove (administrators only, audited, bad input named), and
 * the deadlines of a running case move with them at once — on the case page and in the stored dates of the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../../test/test-app';
import { RD_GROWTH_FACTS, submit, uploadRequired } from '../cases-test-support';
import { loadWorkCalendar } from '../load-work-calendar';

let t: AccountsTestApp;
let admin: TestSession;
let caseId: string;

const PATH = '/api/cases/calendar-overrides';

async function promisedDue(session: TestSession): Promise<{ page: string | null; stored: string | null }> {
  const detail = (await call(t.app, session, 'GET', `/api/cases/${caseId}`)).json() as { clocks: Array<{ kind: string; promised: { dueDate: string | null } | null }> };
  const { rows } = await t.db.pool.query<{ due: string | null }>(`select to_char(deadline_due, 'YYYY-MM-DD') as due from cases where id = $1`, [caseId]);
  return { page: detail.clocks.find((c) => c.kind === 'stage')!.promised!.dueDate, stored: rows[0]!.due };
}

beforeAll(async () => {
  t = await createAccountsTestApp();
  // Monday 2026-03-02: intake's promised limit of 2 working days ends on Wednesday 03-04.
  t.clock.now = new Date('2026-03-02T10:00:00+08:00');
  const ent = await logIn(t.app, 'ent-jq');
  const response = await submit(t, ent, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, ent) });
  expect(response.statusCode).toBe(201);
  caseId = (response.json() as { id: string }).id;
  admin = await logIn(t.app, 'admin');
});
afterAll(() => t?.close());

describe('calendar overrides (administrators)', () => {
  it('are for administrators only', async () => {
    const officer = await logIn(t.app, 'jq-officer');
    expect((await call(t.app, officer, 'GET', PATH)).statusCode).toBe(403);
    expect((await call(t.app, officer, 'POST', PATH, { date: '2026-03-03', kind: 'holiday', reason: 'x' })).statusCode).toBe(403);
    expect((await call(t.app, officer, 'DELETE', `${PATH}/2026-03-03`)).statusCode).toBe(403);
  });

  it('refuses bad input naming the field, in the caller’s language', async () => {
    const badDate = await call(t.app, admin, 'POST', PATH, { date: '2026-02-30', kind: 'holiday', reason: '调休' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('date');
    const badKind = await call(t.app, admin, 'POST', PATH, { date: '2026-03-03', kind: 'maybe', reason: '调休' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.body).toContain('kind');
    expect((await call(t.app, admin, 'POST', PATH, { date: '2026-03-03', kind: 'holiday', reason: '  ' })).statusCode).toBe(400);
  });

  it('a day off moves the running deadline at once, and is audited', async () => {
    expect(await promisedDue(admin)).toEqual({ page: '2026-03-04', stored: '2026-03-04' });
    const added = await call(t.app, admin, 'POST', PATH, { date: '2026-03-03', kind: 'holiday', reason: '园区调休' });
    expect(added.statusCode).toBe(201);
    expect(await promisedDue(admin)).toEqual({ page: '2026-03-05', stored: '2026-03-05' });

    const listed = await call(t.app, admin, 'GET', `${PATH}?year=2026`);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ date: '2026-03-03', kind: 'holiday', reason: '园区调休', officialKind: 'workday', createdBy: expect.objectContaining({ name: '平台管理员' }) }),
    ]);
    expect((await call(t.app, admin, 'GET', `${PATH}?year=2027`)).json().items).toEqual([]);

    const again = await call(t.app, admin, 'POST', PATH, { date: '2026-03-03', kind: 'workday', reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CALENDAR_OVERRIDE_EXISTS');

    const audit = await t.db.pool.query(`select action, object_id as "objectId" from audit_log where object_type = 'calendar-override' order by id`);
    expect(audit.rows).toEqual([{ action: 'cases.calendar-override.add', objectId: 'zhangjiang:2026-03-03' }]);
  });

  it('removing it restores the official calendar; removing twice is a 404', async () => {
    expect((await call(t.app, admin, 'DELETE', `${PATH}/2026-03-03`)).statusCode).toBe(204);
    expect(await promisedDue(admin)).toEqual({ page: '2026-03-04', stored: '2026-03-04' });
    expect((await call(t.app, admin, 'DELETE', `${PATH}/2026-03-03`)).statusCode).toBe(404);
    const audit = await t.db.pool.query(`select action from audit_log where object_type = 'calendar-override' order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['cases.calendar-override.add', 'cases.calendar-override.remove']);
  });

  it('a make-up working day on a weekend counts', async () => {
    // Saturday 03-07 as a working day: the statutory 5 days (03-03 … 03-06, 03-09) end on the Saturday instead.
    expect((await call(t.app, admin, 'POST', PATH, { date: '2026-03-07', kind: 'workday', reason: '补班' })).statusCode).toBe(201);
    const detail = (await call(t.app, admin, 'GET', `/api/cases/${caseId}`)).json() as { clocks: Array<{ kind: string; statutory: { dueDate: string } }> };
    expect(detail.clocks.find((c) => c.kind === 'stage')!.statutory.dueDate).toBe('2026-03-07');
  });
});

describe('the live work calendar of another node', () => {
  it('sees a change when it next looks at the table (at most every 5 s), or at once when forced', async () => {
    let ms = 0;
    const other = await loadWorkCalendar(t.db.pool, 'zhangjiang', () => ms);
    expect(other.calendar.isWorkingDay('2026-03-10')).toBe(true);
    await t.db.pool.query(`insert into calendar_overrides (zone_id, date, kind, reason) values ('zhangjiang', '2026-03-10', 'holiday', '另一节点添加')`);
    ms = 4_000;
    await other.refresh();
    expect(other.calendar.isWorkingDay('2026-03-10')).toBe(true);
    ms = 5_000;
    await other.refresh();
    expect(other.calendar.isWorkingDay('2026-03-10')).toBe(false);
    await t.db.pool.query(`delete from calendar_overrides where date = '2026-03-10'`);
    await other.refresh({ force: true });
    expect(other.calendar.isWorkingDay('2026-03-10')).toBe(true);
  });
});

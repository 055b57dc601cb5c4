/**
 * The deadline job with a fixed clock: a case submitted on Monday 2026-03-02 (intake: promised 2, statutory 5
 * working days; any window in the zone) is green on Tuesday, yellow on Wednesday (a reminder to the windows), red on Thursday (an escalation to
 * the leaders who supervise), and re-running the job records nothing new; a stage entered again raises its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../../core/calendar';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../../test/test-app';
import { must, RD_GROWTH_FACTS, submit, uploadRequired, type CaseView } from '../cases-test-support';
import { recordDeadlineAlerts } from './record-deadline-alerts';

let t: AccountsTestApp;
let caseView: CaseView;

const shanghai = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

function runJob() {
  return recordDeadlineAlerts({ pool: t.db.pool, zoneId: 'zhangjiang', calendar: createWorkCalendar(), now: () => t.clock.now });
}

async function reminders(session: TestSession, query = '') {
  const response = await call(t.app, session, 'GET', `/api/cases/reminders${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { total: number; items: Array<{ kind: string; caseId: string; caseNumber: string; stage: { id: string; name: string }; visit: number; dueDate: string; unitIds: string[] }> };
}

beforeAll(async () => {
  t = await createAccountsTestApp();
  t.clock.now = shanghai('2026-03-02');
  const ent = await logIn(t.app, 'ent-jq');
  const response = await submit(t, ent, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, ent) }, 'deadline-alerts-1');
  expect(response.statusCode).toBe(201);
  caseView = response.json() as CaseView;
});
afterAll(() => t?.close());

describe('deadline job (reminders and escalations)', () => {
  it('records nothing while the stage is green (1 of 2 promised days used)', async () => {
    t.clock.now = shanghai('2026-03-03');
    expect(await runJob()).toEqual({ cases: 0, reminders: 0, escalations: 0 });
  });

  it('records one reminder when more than 80 % is used, and nothing more when run again', async () => {
    t.clock.now = shanghai('2026-03-04');
    expect(await runJob()).toEqual({ cases: 1, reminders: 1, escalations: 0 });
    expect(await runJob()).toEqual({ cases: 1, reminders: 0, escalations: 0 });
    const officer = await logIn(t.app, 'jq-officer');
    const mine = await reminders(officer, '?mine=true');
    expect(mine.items).toEqual([expect.objectContaining({ kind: 'reminder', caseId: caseView.id, caseNumber: caseView.caseNumber, visit: 1, dueDate: '2026-03-04', unitIds: expect.arrayContaining(['jinqiao']) })]);
    expect(mine.items[0]!.stage).toMatchObject({ id: 'intake', name: '受理' });
  });

  it('records one escalation to the supervising leaders once overdue, idempotently', async () => {
    t.clock.now = shanghai('2026-03-05');
    expect(await runJob()).toEqual({ cases: 1, reminders: 0, escalations: 1 });
    // Escalated: the case is not even looked at again while it stays in this stage entry.
    expect(await runJob()).toEqual({ cases: 0, reminders: 0, escalations: 0 });
    const { rows } = await t.db.pool.query<{ kind: string; recipients: string[] }>(
      `select r.kind, array(select username from users where id = any(r.recipient_user_ids) order by username) as recipients
         from case_reminders r where r.case_id = $1 order by r.kind`,
      [caseView.id],
    );
    expect(rows).toEqual([{ kind: 'escalation', recipients: ['admin'] }, { kind: 'reminder', recipients: [] }]);
    const admin = await logIn(t.app, 'admin');
    expect((await reminders(admin, '?mine=true')).items.map((r) => r.kind)).toEqual(['escalation']);
    const officer = await logIn(t.app, 'jq-officer');
    expect((await reminders(officer, `?caseId=${caseView.id}`)).items.map((r) => r.kind)).toEqual(['escalation', 'reminder']);
    expect((await reminders(officer, '?mine=true')).items.map((r) => r.kind)).toEqual(['reminder']);
  });

  it('shows none to callers outside the case’s scope, nor to the applicant', async () => {
    for (const username of ['ent-zj', 'ent-jq', 'zj-officer']) {
      expect({ username, total: (await reminders(await logIn(t.app, username))).total }).toEqual({ username, total: 0 });
    }
  });

  it('raises the alerts afresh when the stage is entered again', async () => {
    const officer = await logIn(t.app, 'jq-officer');
    const accepted = await must(t, officer, caseView, { action: 'accept' });
    const returned = await must(t, officer, accepted, { action: 'return', toStageId: 'intake', reason: '材料需重新受理' });
    expect(returned.stage.id).toBe('intake');
    expect(await runJob()).toEqual({ cases: 0, reminders: 0, escalations: 0 });
    t.clock.now = shanghai('2026-03-06');
    expect(await runJob()).toEqual({ cases: 0, reminders: 0, escalations: 0 });
    t.clock.now = shanghai('2026-03-09');
    expect(await runJob()).toEqual({ cases: 1, reminders: 1, escalations: 0 });
    t.clock.now = shanghai('2026-03-10');
    expect(await runJob()).toEqual({ cases: 1, reminders: 0, escalations: 1 });
    expect(await runJob()).toEqual({ cases: 0, reminders: 0, escalations: 0 });
    const kinds = await t.db.pool.query(`select kind, timer_id as "timerId" from case_reminders where case_id = $1 order by timer_id, kind`, [caseView.id]);
    expect(kinds.rows).toEqual([
      { kind: 'escalation', timerId: 'stage:intake:1' },
      { kind: 'reminder', timerId: 'stage:intake:1' },
      { kind: 'escalation', timerId: 'stage:intake:2' },
      { kind: 'reminder', timerId: 'stage:intake:2' },
    ]);
  });

  it('refuses a bad query naming the field', async () => {
    const response = await call(t.app, await logIn(t.app, 'jq-officer'), 'GET', '/api/cases/reminders?kind=nag');
    expect(response.statusCode).toBe(400);
  });
});

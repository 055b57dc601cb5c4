/**
 * A special-fund case end to end through the HTTP API, as the journey: submit → one-time correction notice →
 * resubmit → accept → two experts score, one recused and replaced → public notice → countersigned approval → the
 * decision PDF with the case number. Along the way: stale versions (409, nothing changed), an action at the wrong
 * stage, and foreign callers who must not even see the case (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../platform/documents/pdf-text';
import { SESSION_COOKIE } from '../../platform/auth';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { act, must, RD_GROWTH_FACTS, submit, uploadRequired, type CaseView } from './cases-test-support';

let t: AccountsTestApp;
const s: Record<string, TestSession> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  // The journey spans weeks of the test clock: sessions must outlive it.
  t = await createAccountsTestApp({ idleTimeoutMs: 365 * DAY, absoluteTimeoutMs: 365 * DAY });
  // Monday 2026-03-02, 10:00 in Shanghai: no holiday within the weeks the journey takes.
  t.clock.now = new Date('2026-03-02T02:00:00Z');
  for (const name of ['ent-jq', 'ent-zj', 'jq-officer', 'zj-officer', 'rsj-officer', 'kjw-officer', 'czj-officer', 'expert1', 'expert2', 'expert3']) {
    s[name] = await logIn(t.app, name);
  }
});
afterAll(() => t?.close());

async function read(session: TestSession, id: string): Promise<CaseView> {
  const response = await call(t.app, session, 'GET', `/api/cases/${id}`);
  if (response.statusCode !== 200) throw new Error(`read by ${session.username}: ${response.statusCode} ${response.body}`);
  return response.json() as CaseView;
}

describe('a special-fund case from submission to the decision PDF', () => {
  let c: CaseView;

  it('is submitted and waits at intake, routed to the body of the area', async () => {
    const response = await submit(t, s['ent-jq']!, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, s['ent-jq']!) });
    expect(response.statusCode).toBe(201);
    c = response.json() as CaseView;
    expect(c.stage.id).toBe('intake');
    expect(c.abilities).toContain('withdraw');
    expect(c.deadline?.status).toBe('green');
    expect((await read(s['jq-officer']!, c.id)).abilities).toEqual(expect.arrayContaining(['accept', 'refuse', 'request-correction']));
  });

  it('is hidden from another enterprise and from a department it is not assigned to (404)', async () => {
    for (const name of ['ent-zj', 'rsj-officer']) {
      expect((await call(t.app, s[name]!, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(404);
      expect((await act(t, s[name]!, c, { action: 'accept' })).statusCode).toBe(404);
    }
  });

  it('refuses an action at the wrong stage and a stale version, changing nothing', async () => {
    const wrongStage = await act(t, s['jq-officer']!, c, { action: 'approve', amount: 1 });
    expect(wrongStage.statusCode).toBe(409);
    expect(wrongStage.json().error.code).toBe('WORKFLOW_ACTION_UNAVAILABLE');
    const stale = await act(t, s['jq-officer']!, { id: c.id, version: c.version - 1 || 99 }, { action: 'accept' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CASE_VERSION_STALE');
    const after = await read(s['jq-officer']!, c.id);
    expect(after.version).toBe(c.version);
    expect(after.stage.id).toBe('intake');
    expect(after.timeline).toHaveLength(1);
  });

  it('gets a one-time correction notice listing every item, then is resubmitted', async () => {
    t.clock.advance(DAY);
    c = await must(t, s['jq-officer']!, c, {
      action: 'request-correction',
      items: [
        { kind: 'missing', subject: 'rd-project-list', problem: '请补充研发项目清单' },
        { kind: 'wrong', subject: 'rdSpending', problem: '与审计报告不一致' },
      ],
    });
    const notice = c.documents.find((d) => d.kind === 'correction-notice')!;
    const pdf = await call(t.app, s['ent-jq']!, 'GET', notice.url);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = extractPdfText(pdf.rawPayload);
    expect(text).toContain(c.caseNumber);
    // Every item, numbered (the extraction of mixed Latin and CJK runs is not exact enough to compare whole items).
    expect(text).toMatch(/1\. 缺少：[^]*2\. 有/);
    expect(c.deadline?.status ?? 'paused').not.toBe('red');

    c = await read(s['ent-jq']!, c.id);
    expect(c.abilities).toContain('resubmit');
    expect((await act(t, s['jq-officer']!, c, { action: 'accept' })).json().error.code).toBe('WORKFLOW_CASE_PAUSED');
    c = await must(t, s['ent-jq']!, c, { action: 'resubmit', facts: { ...RD_GROWTH_FACTS, rdSpending: 8_200_000 }, materials: await uploadRequired(t, s['ent-jq']!) });
    expect(c.stage.id).toBe('intake');
  });

  it('is accepted with an acceptance notice signed by the body', async () => {
    c = await must(t, s['jq-officer']!, c, { action: 'accept' });
    expect(c.stage.id).toBe('body-review');
    const acceptance = c.documents.find((d) => d.kind === 'acceptance-notice')!;
    const text = extractPdfText((await call(t.app, s['ent-jq']!, 'GET', acceptance.url)).rawPayload);
    expect(text).toContain(c.caseNumber);
    expect(text).toContain('张江科学城 · 金桥管理局（受委托）');
    const audit = await t.db.pool.query(`select after from audit_log where object_id = $1 and action = 'cases.accept'`, [c.id]);
    expect(JSON.stringify(audit.rows[0].after)).toContain(acceptance.sha256);
  });

  it('is reviewed, then scored by two experts, one recused for a conflict and replaced', async () => {
    c = await must(t, s['jq-officer']!, c, { action: 'sign', opinion: 'agree' });
    expect(c.stage.id).toBe('expert-review');
    const experts = (await call(t.app, s['jq-officer']!, 'GET', '/api/cases/experts')).json().items as Array<{ id: string; username: string }>;
    const id = (username: string) => experts.find((e) => e.username === username)!.id;
    c = await must(t, s['jq-officer']!, c, { action: 'assign-experts', userIds: [id('expert1'), id('expert2')] });
    c = await read(s['expert1']!, c.id);
    c = await must(t, s['expert1']!, c, { action: 'declare-interest', hasConflict: true, statement: '曾为该企业提供咨询' });
    expect((await call(t.app, s['expert3']!, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(404);
    c = await must(t, s['jq-officer']!, c, { action: 'replace-expert', recusedUserId: id('expert1'), replacementUserId: id('expert3') });
    const scores = { authenticity: 4, innovation: 4, 'industry-fit': 3 };
    for (const expert of ['expert2', 'expert3']) {
      c = await read(s[expert]!, c.id);
      c = await must(t, s[expert]!, c, { action: 'declare-interest', hasConflict: false });
      c = await must(t, s[expert]!, c, { action: 'score', scores });
    }
    expect(c.state.experts!.seats.map((seat) => seat.status).sort()).toEqual(['recused', 'scored', 'scored']);
    expect(c.state.experts!.total).toBeGreaterThan(0);
    expect(c.stage.id).toBe('public-notice');
  });

  it('is publicly noticed for five working days, then approved by the countersigning departments', async () => {
    c = await read(s['jq-officer']!, c.id);
    const early = await act(t, s['jq-officer']!, c, { action: 'conclude-notice' });
    expect(early.statusCode).toBe(409);
    t.clock.advance(10 * DAY);
    c = await must(t, s['jq-officer']!, c, { action: 'conclude-notice' });
    expect(c.stage.id).toBe('decision');
    c = await read(s['kjw-officer']!, c.id);
    c = await must(t, s['kjw-officer']!, c, { action: 'sign', opinion: 'agree' });
    c = await read(s['czj-officer']!, c.id);
    c = await must(t, s['czj-officer']!, c, { action: 'sign', opinion: 'agree' });
    c = await must(t, s['czj-officer']!, c, { action: 'approve', amount: 600_000 });
    expect(c.stage.id).toBe('disbursement');
  });

  it('has a decision PDF, downloadable by the applicant, that shows the case number', async () => {
    c = await read(s['ent-jq']!, c.id);
    const decision = c.documents.find((d) => d.kind === 'decision')!;
    const response = await t.app.inject({ method: 'GET', url: decision.url, cookies: { [SESSION_COOKIE]: s['ent-jq']!.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`${c.caseNumber}-decision.pdf`);
    const text = extractPdfText(response.rawPayload);
    expect(text).toContain(c.caseNumber);
    expect(text).toContain('决定书');
    expect(text).toContain('600,000.00');
    expect(c.timeline.map((e) => e.action)).toEqual([
      'submit', 'request-correction', 'resubmit', 'accept', 'sign', 'assign-experts', 'declare-interest', 'replace-expert',
      'declare-interest', 'score', 'declare-interest', 'score', 'conclude-notice', 'sign', 'sign', 'approve',
    ]);
  });

  it('appears in the officers\' lists within scope, with filters', async () => {
    const mine = (await call(t.app, s['jq-officer']!, 'GET', '/api/cases?status=open')).json() as { total: number; items: Array<{ id: string; stage: { id: string } }> };
    expect(mine.items.map((i) => i.id)).toContain(c.id);
    const none = (await call(t.app, s['rsj-officer']!, 'GET', '/api/cases')).json() as { total: number };
    expect(none.total).toBe(0);
    const red = (await call(t.app, s['jq-officer']!, 'GET', '/api/cases?deadline=red')).json() as { total: number };
    expect(red.total).toBe(0);
  });
});

describe('two conflicting actions at once', () => {
  it('lets exactly one through; the other gets 409', async () => {
    const response = await submit(t, s['ent-jq']!, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, s['ent-jq']!) });
    const c = response.json() as CaseView;
    const results = await Promise.all([
      act(t, s['jq-officer']!, c, { action: 'accept' }),
      act(t, s['jq-officer']!, c, { action: 'refuse', reasons: ['不属于支持范围'] }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await read(s['jq-officer']!, c.id)).version).toBe(c.version + 1);
  });
});

describe('an action answered with Prefer: return=minimal', () => {
  const minimal = { prefer: 'return=minimal' };
  const HEAD = ['id', 'caseNumber', 'status', 'outcome', 'stage', 'version', 'updatedAt', 'deadline', 'abilities'] as const;
  const headOf = (view: Record<string, unknown>) => Object.fromEntries(HEAD.map((key) => [key, view[key]]));

  it('answers the head of the case and the timeline item it recorded, as a read right after shows them', async () => {
    const submitted = (await submit(t, s['ent-jq']!, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, s['ent-jq']!) })).json() as CaseView;
    let version = submitted.version;
    // accept issues a document (the transaction path); copy writes state, timeline and audit only (one statement).
    for (const command of [{ action: 'accept' }, { action: 'copy', unitIds: ['district-finance'] }]) {
      const response = await call(t.app, s['jq-officer']!, 'POST', `/api/cases/${submitted.id}/actions`, { version, ...command }, minimal);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['preference-applied']).toBe('return=minimal');
      const answer = response.json() as Record<string, unknown> & { version: number };
      expect(Object.keys(answer).sort()).toEqual([...HEAD, 'entry'].sort());
      const read = (await call(t.app, s['jq-officer']!, 'GET', `/api/cases/${submitted.id}`)).json() as Record<string, unknown> & { timeline: unknown[] };
      expect(headOf(answer)).toEqual(headOf(read));
      expect(answer.entry).toEqual(read.timeline.at(-1));
      expect(answer.version).toBe(version + 1);
      version = answer.version;
    }
  });

  it('refuses a stale version as any action does, changing nothing', async () => {
    const submitted = (await submit(t, s['ent-jq']!, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, s['ent-jq']!) })).json() as CaseView;
    const stale = await call(t.app, s['jq-officer']!, 'POST', `/api/cases/${submitted.id}/actions`, { version: submitted.version + 1, action: 'accept' }, minimal);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CASE_VERSION_STALE');
    expect((await read(s['jq-officer']!, submitted.id)).version).toBe(submitted.version);
  });
});

/**
 * Intake through the HTTP API: uploads checked by content, submission with idempotency, 400s naming missing fields
 * and materials, gap-free case numbers under concurrent submissions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { PDF_BYTES, PNG_BYTES, RD_GROWTH_FACTS, submit, upload, uploadRequired, type CaseView } from './cases-test-support';

let t: AccountsTestApp;
let ent: TestSession;

beforeAll(async () => {
  t = await createAccountsTestApp();
  ent = await logIn(t.app, 'ent-jq');
});
afterAll(() => t?.close());

describe('POST /api/cases/materials', () => {
  it('stores a PDF with its checksum and type', async () => {
    const response = await upload(t, ent, '审计报告.pdf', 'audit-report', PDF_BYTES);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: '审计报告.pdf', materialId: 'audit-report', mediaType: 'application/pdf', size: PDF_BYTES.length });
    expect(response.json().sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a .pdf that is really a PNG, naming it', async () => {
    const response = await upload(t, ent, 'report.pdf', 'audit-report', PNG_BYTES);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CASE_MATERIAL_TYPE_MISMATCH');
    expect(response.json().error.message).toContain('report.pdf');
  });

  it('is for enterprises only', async () => {
    const officer = await logIn(t.app, 'jq-officer');
    expect((await upload(t, officer, 'a.pdf', 'audit-report', PDF_BYTES)).statusCode).toBe(403);
  });
});

describe('POST /api/cases', () => {
  it('names every missing field and then every missing material, changing nothing', async () => {
    const before = await t.db.pool.query('select count(*)::int as n from cases');
    const noFacts = await submit(t, ent, { policyId: 'rd-growth', facts: {}, materials: [] });
    expect(noFacts.statusCode).toBe(400);
    expect(noFacts.json().error.code).toBe('CASE_FORM_INVALID');
    expect(noFacts.json().error.details.fields).toEqual(expect.arrayContaining(['rdSpending', 'rdSpendingPreviousYear']));

    const noMaterials = await submit(t, ent, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: [] });
    expect(noMaterials.statusCode).toBe(400);
    expect(noMaterials.json().error.details.materials).toEqual(['audit-report', 'financial-statements']);

    const wrongType = await submit(t, ent, { policyId: 'rd-growth', facts: { ...RD_GROWTH_FACTS, rdSpending: 'lots' }, materials: [] });
    expect(wrongType.json().error.details.fields).toEqual(['rdSpending']);
    expect((await t.db.pool.query('select count(*)::int as n from cases')).rows[0]).toEqual(before.rows[0]);
  });

  it('returns the same case for a retried submission with the same Idempotency-Key', async () => {
    const materials = await uploadRequired(t, ent);
    const body = { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials };
    const first = await submit(t, ent, body, 'retry-key-1');
    expect(first.statusCode).toBe(201);
    const second = await submit(t, ent, body, 'retry-key-1');
    expect(second.statusCode).toBe(200);
    const a = first.json() as CaseView;
    expect((second.json() as CaseView).id).toBe(a.id);
    expect(a.caseNumber).toMatch(/^ZJZX-\d{4}-\d{6}$/);
    expect(a.stage.id).toBe('intake');
    expect((await t.db.pool.query('select count(*)::int as n from case_idempotency_keys where key = $1', ['retry-key-1'])).rows[0].n).toBe(1);
    expect((await t.db.pool.query('select count(*)::int as n from cases where id = $1', [a.id])).rows[0].n).toBe(1);
  });

  it('refuses materials of another enterprise', async () => {
    const other = await logIn(t.app, 'ent-zj');
    const theirs = await uploadRequired(t, other);
    const response = await submit(t, ent, { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: theirs });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CASE_MATERIAL_UNKNOWN');
  });

  it('numbers concurrent submissions without gaps or duplicates', async () => {
    const bodies = await Promise.all(Array.from({ length: 8 }, async () => ({ policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials: await uploadRequired(t, ent) })));
    const responses = await Promise.all(bodies.map((body, i) => submit(t, ent, body, `concurrent-${i}`)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const { rows } = await t.db.pool.query<{ case_number: string }>('select case_number from cases order by case_number');
    const seqs = rows.map((r) => Number(r.case_number.slice(-6)));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('lists the enterprise its own cases only, and hides them from another enterprise (404)', async () => {
    const mine = (await call(t.app, ent, 'GET', '/api/cases')).json() as { total: number; items: Array<{ id: string }> };
    expect(mine.total).toBeGreaterThan(0);
    const other = await logIn(t.app, 'ent-zj');
    const theirs = (await call(t.app, other, 'GET', '/api/cases')).json() as { total: number };
    expect(theirs.total).toBe(0);
    expect((await call(t.app, other, 'GET', `/api/cases/${mine.items[0]!.id}`)).statusCode).toBe(404);
  });
});

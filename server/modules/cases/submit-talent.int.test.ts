/**
 * Talent policies (kind talent) are applied for on the talent workflow, as the case type its `policies` map names,
 * and routed by the two talent routes of the policy: the original area to 张江科建办 by the original standard, the
 * expansion area to 区委组织部 and 区人社局 by the unified standard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';
import { PDF_BYTES, submit, upload } from './cases-test-support';

let t: AccountsTestApp;

beforeAll(async () => {
  t = await createAccountsTestApp();
});
afterAll(() => t?.close());

const BASE_FACTS = { registeredInZone: true, taxedInZone: true, creditStatus: 'good' };

async function uploads(session: TestSession, materialIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const materialId of materialIds) {
    const response = await upload(t, session, `${materialId}.pdf`, materialId, PDF_BYTES);
    expect(response.statusCode).toBe(201);
    ids.push((response.json() as { id: string }).id);
  }
  return ids;
}

interface TalentCase {
  id: string;
  caseNumber: string;
  caseType: string;
  workflowId: string;
  stage: { id: string };
  route: { status: string; rule: string; area: string; steps: Array<{ role: string; units: Array<{ id: string }> }> };
  state: { route: { rule: string; standard: string }; assignments: Record<string, { units: string[] }> };
}

describe('applying for a talent policy', () => {
  it('in the original area: talent-hukou, 张江科建办 by the original standard, who may accept it', async () => {
    const ent = await logIn(t.app, 'ent-zj');
    const facts = { ...BASE_FACTS, 'industry.leading': 'integrated-circuits', 'applicant.birthDate': '1990-05-01', 'applicant.isCoreTalent': false, 'applicant.degree': 'doctor', 'applicant.annualSalary': 400_000 };
    const response = await submit(t, ent, { policyId: 'talent-direct-hukou', facts, materials: await uploads(ent, ['degree-certificate', 'labour-contract', 'tax-record']) });
    expect(response.statusCode, response.body).toBe(201);
    const c = response.json() as TalentCase;
    expect(c).toMatchObject({ caseType: 'talent-hukou', workflowId: 'talent', stage: { id: 'intake' }, route: { status: 'routed', rule: 'talent-original', area: 'original' } });
    expect(c.caseNumber).toMatch(/^ZJRC-\d{4}-\d{6}$/);
    expect(c.state.route).toEqual({ rule: 'talent-original', standard: 'original' });
    expect(c.state.assignments.intake!.units).toEqual(['zhangjiang-construction-office']);
    const officer = await logIn(t.app, 'zj-officer');
    const seen = await call(t.app, officer, 'GET', `/api/cases/${c.id}`);
    expect(seen.statusCode).toBe(200);
    expect((seen.json() as { abilities: string[] }).abilities).toContain('accept');
  });

  it('in the expansion area: talent-apartment, the two lead departments by the unified standard', async () => {
    const ent = await logIn(t.app, 'ent-jq');
    const facts = { ...BASE_FACTS, 'applicant.ownsHomeInShanghai': false, 'applicant.birthDate': '1995-09-01', 'applicant.rentMonths': 12, 'applicant.degree': 'master' };
    const response = await submit(t, ent, { policyId: 'talent-rent-subsidy', facts, materials: await uploads(ent, ['lease', 'no-home-proof', 'degree-certificate']) });
    expect(response.statusCode, response.body).toBe(201);
    const c = response.json() as TalentCase;
    expect(c).toMatchObject({ caseType: 'talent-apartment', workflowId: 'talent', route: { status: 'routed', rule: 'talent-expansion', area: 'expansion' } });
    expect(c.state.route).toEqual({ rule: 'talent-expansion', standard: 'unified' });
    expect(c.state.assignments.intake!.units.sort()).toEqual(['district-human-resources', 'district-organisation-department']);
  });

  it('names the missing fields of a talent form like any other', async () => {
    const ent = await logIn(t.app, 'ent-jq');
    const response = await submit(t, ent, { policyId: 'talent-residence-to-hukou', facts: {}, materials: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CASE_FORM_INVALID');
  });
});

/**
 * The public side of policies through the HTTP API: the catalogue, a policy's page, and the self-check — eligible,
 * ineligible, undetermined with what is missing, facts of the wrong type named in a 400, an unknown policy, a day
 * before any version — anonymous, in Chinese or English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoliciesTestApp, type PoliciesTestApp } from './policies-test-app';

let t: PoliciesTestApp;

beforeAll(async () => {
  t = await createPoliciesTestApp();
});
afterAll(() => t?.close());

const get = (url: string, language = 'zh-CN') => t.app.inject({ method: 'GET', url, headers: { 'accept-language': language } });
const evaluate = (id: string, payload: unknown, language = 'zh-CN') =>
  t.app.inject({ method: 'POST', url: `/api/policies/${id}/evaluate`, payload: payload as object, headers: { 'accept-language': language } });

const resident = { registeredInZone: true, taxedInZone: true, 'location.area': 'original', creditStatus: 'good', size: 'large' };

describe('GET /api/policies', () => {
  it('lists the eleven policies in force, to anyone', async () => {
    const response = await get('/api/policies?asOf=2024-06-30');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items).toHaveLength(11);
    expect(items.find((p: { id: string }) => p.id === 'rd-growth')).toEqual({
      id: 'rd-growth',
      name: { zh: '研发投入增量补贴', en: 'Subsidy for growth in R&D spending' },
      kind: 'special-fund',
      summary: expect.objectContaining({ zh: expect.any(String) }),
      version: { version: 2, validFrom: '2024-01-01', validTo: null },
      verified: false,
      parameterCount: 5,
      hasAmount: true,
    });
  });

  it('filters by kind and by the day asked', async () => {
    expect((await get('/api/policies?kind=talent')).json().items.map((p: { kind: string }) => p.kind)).toEqual(['talent', 'talent', 'talent']);
    const early = (await get('/api/policies?asOf=2023-06-30')).json().items;
    expect(early.find((p: { id: string }) => p.id === 'rd-growth').version).toEqual({ version: 1, validFrom: '2022-07-01', validTo: '2023-12-31' });
    expect((await get('/api/policies?asOf=1999-01-01')).json().items).toEqual([]);
  });

  it('refuses a malformed day or kind, naming the field', async () => {
    const response = await get('/api/policies?asOf=2024-02-30&kind=grant');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues.join(' ')).toMatch(/asOf.*kind|kind.*asOf/);
  });
});

describe('GET /api/policies/:id', () => {
  it('shows the version in force, the history, parameters with their values, form, materials and rubric', async () => {
    const response = await get('/api/policies/rd-growth?asOf=2023-06-30');
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.version).toEqual({ version: 1, validFrom: '2022-07-01', validTo: '2023-12-31' });
    expect(detail.versions.map((v: { version: number; origin: string }) => [v.version, v.origin])).toEqual([[1, 'zone-pack'], [2, 'zone-pack']]);
    const rate = detail.parameters.find((p: { name: string }) => p.name === 'subsidyRate');
    expect(rate).toMatchObject({ type: 'rate', value: 0.2, shared: false, verified: false, values: [{ from: '2022-07-01', value: 0.2 }, { from: '2024-01-01', value: 0.25 }] });
    expect(rate.legalRef).toMatchObject({ documentId: 'fund-measures', article: expect.stringContaining('第八条'), verified: false });
    expect(detail.legalBasis[0]).toMatchObject({ documentId: 'fund-measures', url: expect.stringMatching(/^https:/) });
    expect(detail.form.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['rdSpending', 'rdSpendingPreviousYear', 'registeredInZone']));
    expect(detail.materials.find((m: { id: string }) => m.id === 'rd-project-list')).toMatchObject({ conditional: true, required: true });
    expect(detail.rubric.criteria).toHaveLength(3);
    expect((await get('/api/policies/rd-growth?asOf=2024-06-30')).json().parameters.find((p: { name: string }) => p.name === 'subsidyRate').value).toBe(0.25);
  });

  it('answers 404 for an unknown policy and a clear 400 before any version', async () => {
    const missing = await get('/api/policies/no-such-policy', 'en');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'POLICY_NOT_FOUND', message: 'No such policy: no-such-policy' });
    const early = await get('/api/policies/rd-growth?asOf=2020-01-01', 'en');
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'POLICY_NOT_IN_FORCE', message: 'Policy rd-growth is not in force on 2020-01-01' });
  });
});

describe('POST /api/policies/:id/evaluate', () => {
  it('finds an enterprise eligible, with the amount, version, trace and reasons in its language', async () => {
    const facts = { ...resident, rdSpending: 6000000, rdSpendingPreviousYear: 5000000, itemIds: ['RD-2024-1'] };
    const response = await evaluate('rd-growth', { facts, asOf: '2024-06-30' }, 'en');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ result: 'eligible', amount: 250000, version: { policyId: 'rd-growth', version: 2, validFrom: '2024-01-01' }, missing: [] });
    expect(body.trace.length).toBeGreaterThan(5);
    expect(body.trace[0]).toMatchObject({ kind: 'version' });
    expect(body.explanation[0]).toBe('Result: eligible; amount CNY 250,000');
    expect(body.materials.map((m: { id: string }) => m.id)).toContain('audit-report');
  });

  it('says why not, in Chinese by default', async () => {
    const response = await evaluate('rd-growth', { facts: { ...resident, taxedInZone: false, rdSpending: 5250000, rdSpendingPreviousYear: 5000000 }, asOf: '2024-06-30' });
    expect(response.json()).toMatchObject({ result: 'ineligible', amount: null });
    expect(response.json().explanation).toEqual(['结论：不符合条件', '不符合：税收户管在园区内：否（应为 是）', '不符合：研发投入增长率为 5%，未满足“≥ 10%”的要求']);
  });

  it('is undetermined when facts are missing, and lists them', async () => {
    const response = await evaluate('rd-growth', { facts: { ...resident }, asOf: '2024-06-30' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ result: 'undetermined', amount: null });
    expect(response.json().missing).toEqual(expect.arrayContaining(['rdSpending', 'rdSpendingPreviousYear']));
  });

  it('answers 400 naming every fact of the wrong type or unknown name', async () => {
    const response = await evaluate('rd-growth', { facts: { ...resident, rdSpending: '6000000', foundedOn: '2020-02-30', turnover: 5 } }, 'en');
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('POLICY_FACTS_INVALID');
    expect(error.details.invalid).toEqual([
      { fact: 'rdSpending', reason: 'expected an amount in yuan, got "6000000"' },
      { fact: 'foundedOn', reason: 'expected a date YYYY-MM-DD, got "2020-02-30"' },
      { fact: 'turnover', reason: 'unknown fact' },
    ]);
    expect(error.message).toContain('rdSpending: expected an amount in yuan');
  });

  it('answers 404 for an unknown policy, 400 before any version, and 400 without facts', async () => {
    expect((await evaluate('no-such-policy', { facts: {} })).json().error.code).toBe('POLICY_NOT_FOUND');
    const early = await evaluate('rd-growth', { facts: resident, asOf: '2021-12-31' });
    expect([early.statusCode, early.json().error.code]).toEqual([400, 'POLICY_NOT_IN_FORCE']);
    const bare = await evaluate('rd-growth', { asOf: '2024-06-30' });
    expect([bare.statusCode, bare.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    for (const facts of [[], 'rdSpending', null]) {
      const wrong = await evaluate('rd-growth', { facts, asOf: '2024-06-30' });
      expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });
});

describe('GET /api/policies/for-me', () => {
  it('needs a signed-in caller', async () => {
    expect((await get('/api/policies/for-me')).statusCode).toBe(401);
  });
});

describe('OpenAPI', () => {
  it('documents every policies route', async () => {
    const paths = Object.keys((await get('/api/openapi.json')).json().paths).filter((p) => p.startsWith('/api/policies'));
    expect(paths.sort()).toEqual([
      '/api/policies',
      '/api/policies/for-me',
      '/api/policies/{id}',
      '/api/policies/{id}/drafts',
      '/api/policies/{id}/drafts/{draftId}',
      '/api/policies/{id}/drafts/{draftId}/publish',
      '/api/policies/{id}/drafts/{draftId}/simulate',
      '/api/policies/{id}/drafts/{draftId}/simulation.xlsx',
      '/api/policies/{id}/evaluate',
      '/api/policies/{id}/matches',
      '/api/policies/{id}/matches.xlsx',
    ]);
    const evaluateDoc = (await get('/api/openapi.json')).json().paths['/api/policies/{id}/evaluate'].post;
    expect(evaluateDoc.requestBody.content['application/json'].schema.properties.facts).toMatchObject({ type: 'object' });
  });
});

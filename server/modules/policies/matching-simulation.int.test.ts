/**
 * Matching and simulation through the HTTP API, on a small seeded registry and a test policy that reads registry
 * facts only (in the zone, at most N employees → a fixed award): the list bounded by the officer's scope, the
 * enterprise's own "policies for me", then a draft (refused when it would rewrite history or names bad values),
 * its simulation checked number by number, the Excel exports, publication as a new version from its date, and the
 * old version intact for earlier days.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, logIn, type TestSession } from '../../test/test-app';
import { composeCreditCode } from '../accounts';
import { createPoliciesTestApp, type PoliciesTestApp } from './policies-test-app';

const ref = { document: 'fund-measures', article: '测试条款' };
const param = (type: string, value: number) => ({ type, label: '参数', labelEn: 'Parameter', legalRef: ref, source: 'zone-reference', verified: false, values: [{ from: '2024-01-01', value }] });
const SME_AWARD = {
  id: 'sme-award',
  name: '中小企业成长奖励（测试）',
  nameEn: 'SME growth award (test)',
  kind: 'special-fund',
  legalBasis: [ref],
  parameters: { maxEmployees: param('integer', 100), award: param('money', 100000) },
  versions: [
    {
      version: 1,
      validFrom: '2024-01-01',
      eligibility: {
        all: [
          { id: 'in-zone', in: { left: { fact: 'location.area' }, values: ['original', 'expansion'] } },
          { id: 'small-enough', lte: { left: { fact: 'employees' }, right: { param: 'maxEmployees' } } },
        ],
      },
      amount: { value: { param: 'award' } },
    },
  ],
};

/** Registry facts and a declared figure: on the registry alone, at best likely. */
const SME_RD = {
  id: 'sme-rd',
  name: '中小企业研发资助（测试）',
  nameEn: 'SME R&D grant (test)',
  kind: 'special-fund',
  legalBasis: [ref],
  parameters: { maxEmployees: param('integer', 60) },
  versions: [
    {
      version: 1,
      validFrom: '2024-01-01',
      eligibility: {
        all: [
          { id: 'in-zone', in: { left: { fact: 'location.area' }, values: ['original', 'expansion'] } },
          { id: 'small-enough', lte: { left: { fact: 'employees' }, right: { param: 'maxEmployees' } } },
          { id: 'rd-minimum', gte: { left: { fact: 'rdSpending' }, right: 1000000 } },
        ],
      },
      amount: { share: { of: { fact: 'rdSpending' }, rate: 0.1 } },
    },
  ],
};

interface Seed {
  key: string;
  body: string | null;
  town: string | null;
  area: string | null;
  inZone: boolean | null;
  industry: string;
  employees: number;
  status?: string;
  creditCode?: string;
}

const ZJ = { body: 'zhangjiang', town: '310115125', area: 'original', inZone: true };
const JQ = { body: 'jinqiao', town: '310115120', area: 'expansion', inZone: true };
const SEEDS: Seed[] = [
  { key: 'ZJA', ...ZJ, industry: 'biomedicine', employees: 50, creditCode: composeCreditCode('MA1FL0A1') }, // 张江示范企业 (ent-zj)
  { key: 'ZJB', ...ZJ, industry: 'integrated-circuits', employees: 150 },
  { key: 'ZJC', ...ZJ, industry: 'artificial-intelligence', employees: 80 },
  { key: 'JQA', ...JQ, industry: 'integrated-circuits', employees: 30 },
  { key: 'JQB', ...JQ, industry: 'biomedicine', employees: 120 },
  { key: 'OUT', body: null, town: null, area: null, inZone: false, industry: 'other', employees: 10 },
  { key: 'UNP', body: null, town: null, area: null, inZone: null, industry: 'other', employees: 20 },
  { key: 'DRG', ...ZJ, industry: 'other', employees: 10, status: 'deregistered' },
];

let t: PoliciesTestApp;
let admin: TestSession;
let rsjOfficer: TestSession;
let jqOfficer: TestSession;
let entZj: TestSession;
let entJq: TestSession;

beforeAll(async () => {
  t = await createPoliciesTestApp([
    { file: 'policies/sme-award.yaml', text: stringify(SME_AWARD) },
    { file: 'policies/sme-rd.yaml', text: stringify(SME_RD) },
  ]);
  let serial = 0;
  for (const seed of SEEDS) {
    serial += 1;
    const creditCode = seed.creditCode ?? composeCreditCode(`MA1PT${String(serial).padStart(3, '0')}`);
    await t.db.pool.query(
      `insert into registry_enterprises (id, zone_id, credit_code, name, name_key, founded_on, industry_code, industry, chain_segment,
                                         employees, revenue, tax, status, area, in_zone, body_id, town_code, located_by)
       values ($1, 'zhangjiang', $1, $2, $2, '2018-05-01', 'M73', $3, null, $4, 3000, 100, $5, $6, $7, $8, $9, 'address')`,
      [creditCode, `测试企业${seed.key}`, seed.industry, seed.employees, seed.status ?? 'active', seed.area, seed.inZone, seed.body, seed.town],
    );
  }
  const signIn = (username: string) => logIn(t.app, username);
  [admin, rsjOfficer, jqOfficer, entZj, entJq] = await Promise.all([signIn('admin'), signIn('rsj-officer'), signIn('jq-officer'), signIn('ent-zj'), signIn('ent-jq')]);
}, 120_000);
afterAll(() => t?.close());

const names = (items: { name: string }[]) => items.map((i) => i.name.replace('测试企业', '')).sort();

describe('GET /api/policies/:id/matches', () => {
  it('lists only the enterprises in the officer’s scope (金桥 sees 金桥’s), with counts and reasons', async () => {
    const response = await call(t.app, jqOfficer, 'GET', '/api/policies/sme-award/matches?result=all&asOf=2025-06-30');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(names(body.items)).toEqual(['JQA', 'JQB']);
    expect(body.summary).toEqual({ eligible: 1, likely: 0, undetermined: 0, ineligible: 1, amount: 100000 });
    expect(body.items[0]).toMatchObject({ name: '测试企业JQA', result: 'eligible', amount: 100000, townCode: '310115120', townName: '金桥镇', bodyId: 'jinqiao', bodyName: '金桥管理局', missing: [] });
    expect(body.items[0].reasons[0]).toMatch(/^结论：符合条件/);
    expect(body.items[1].reasons.join()).toMatch(/从业人数/);
  });

  it('covers the whole zone for the administrator: eligible first, undetermined with what is missing, deregistered left out', async () => {
    const all = (await call(t.app, admin, 'GET', '/api/policies/sme-award/matches?asOf=2025-06-30')).json();
    expect(all.total).toBe(7);
    expect(all.summary).toEqual({ eligible: 3, likely: 0, undetermined: 1, ineligible: 3, amount: 300000 });
    expect(all.items.map((i: { result: string }) => i.result)).toEqual(['eligible', 'eligible', 'eligible', 'undetermined', 'ineligible', 'ineligible', 'ineligible']);
    const undetermined = (await call(t.app, admin, 'GET', '/api/policies/sme-award/matches?result=undetermined&asOf=2025-06-30')).json();
    expect(undetermined.items).toHaveLength(1);
    expect(undetermined.items[0]).toMatchObject({ name: '测试企业UNP', missing: ['location.area'] });
    const page = (await call(t.app, admin, 'GET', '/api/policies/sme-award/matches?result=eligible&townCode=310115125&page=2&pageSize=1&asOf=2025-06-30')).json();
    expect([page.total, page.items.length]).toEqual([2, 1]);
  });

  it('works on the real catalogue: only IC enterprises may qualify for tape-out support, likely until they declare', async () => {
    const body = (await call(t.app, admin, 'GET', '/api/policies/ic-tapeout/matches?result=likely&asOf=2025-06-30')).json();
    expect(names(body.items)).toEqual(['JQA', 'ZJB']);
    expect(body.summary).toMatchObject({ eligible: 0, likely: 2, undetermined: 0 });
    expect(body.items[0].missing).toEqual(expect.arrayContaining(['creditStatus', 'tapeoutCost']));
    expect(body.items[0].reasons[0]).toMatch(/^结论：可能符合——企业清单所载条件均已满足，申报时尚需提供：.*流片费用/);
    expect(body.items[0].reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^符合：/), expect.stringMatching(/^待确认：/)]));
    // Not placed: the registry record itself lacks what the rule reads.
    const undetermined = (await call(t.app, admin, 'GET', '/api/policies/rd-growth/matches?result=undetermined&asOf=2025-06-30')).json();
    expect(names(undetermined.items)).toEqual(['UNP']);
  });

  it('is refused without policies.match, and exports the scoped list as Excel', async () => {
    expect((await call(t.app, entZj, 'GET', '/api/policies/sme-award/matches')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/policies/sme-award/matches' })).statusCode).toBe(401);
    const response = await call(t.app, jqOfficer, 'GET', '/api/policies/sme-award/matches.xlsx?result=all&asOf=2025-06-30');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('企业名称');
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['测试企业JQA', '金桥镇', '金桥管理局', '符合', 100000]));
  });
});

describe('GET /api/policies/for-me', () => {
  it('evaluates every policy for the caller’s enterprise and keeps what it qualifies or may qualify for', async () => {
    const response = await call(t.app, entZj, 'GET', '/api/policies/for-me');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.enterprise).toMatchObject({ name: '测试企业ZJA' });
    const ids = body.items.map((i: { policyId: string }) => i.policyId);
    expect(ids[0]).toBe('sme-award');
    expect(body.items[0]).toMatchObject({ result: 'eligible', amount: 100000 });
    expect(ids).toContain('innovative-drug');
    expect(ids).not.toContain('ic-tapeout');
    expect(body.items.find((i: { policyId: string }) => i.policyId === 'innovative-drug').result).toBe('likely');
    // The seeded record has no chain segment, which the cell and gene therapy rule reads: to be confirmed.
    expect(body.items.find((i: { policyId: string }) => i.policyId === 'cell-gene-therapy')).toMatchObject({ result: 'undetermined', missing: expect.arrayContaining(['industry.segment']) });
    expect(body.items.every((i: { result: string; reasons: string[] }) => i.result !== 'ineligible' && i.reasons.length > 0)).toBe(true);
  });

  it('has nothing for an enterprise the registry does not list, or a caller acting for no enterprise', async () => {
    expect((await call(t.app, entJq, 'GET', '/api/policies/for-me')).json()).toEqual({ enterprise: null, items: [] });
    expect((await call(t.app, admin, 'GET', '/api/policies/for-me')).json()).toEqual({ enterprise: null, items: [] });
  });
});

describe('drafts, simulation and publication', () => {
  let draftId = '';

  it('refuses drafts that would rewrite history, or name unknown, shared or mistyped parameters', async () => {
    const early = await call(t.app, admin, 'POST', '/api/policies/sme-award/drafts', { validFrom: '2024-01-01', parameters: { maxEmployees: 130 } });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'POLICY_DRAFT_TOO_EARLY', details: { currentFrom: '2024-01-01', version: 1 } });
    const bad = await call(t.app, admin, 'POST', '/api/policies/sme-award/drafts', { validFrom: '2026-01-01', parameters: { maxEmployees: 130.5, staff: 3 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('POLICY_DRAFT_INVALID');
    expect(bad.json().error.details.issues).toEqual(['parameters.maxEmployees: expected a whole number, got 130.5', expect.stringMatching(/^parameters.staff: unknown parameter of policy sme-award/)]);
    const shared = await call(t.app, admin, 'POST', '/api/policies/talent-direct-hukou/drafts', { validFrom: '2026-01-01', parameters: { averageSalary: 150000 } });
    expect(shared.json().error.details.issues[0]).toMatch(/shared by several policies/);
    const nowhere = await call(t.app, admin, 'POST', '/api/policies/nothing/drafts', { validFrom: '2026-01-01', parameters: { a: 1 } });
    expect(nowhere.statusCode).toBe(404);
  });

  it('is for policy-makers only', async () => {
    expect((await call(t.app, jqOfficer, 'GET', '/api/policies/sme-award/drafts')).statusCode).toBe(403);
    expect((await call(t.app, entZj, 'POST', '/api/policies/sme-award/drafts', { validFrom: '2026-01-01', parameters: { award: 1 } })).statusCode).toBe(403);
  });

  it('stores a draft, lists it and lets its author change it', async () => {
    const created = await call(t.app, rsjOfficer, 'POST', '/api/policies/sme-award/drafts', { validFrom: '2026-01-01', parameters: { maxEmployees: 130 }, note: '放宽人数' });
    expect(created.statusCode).toBe(201);
    draftId = created.json().id;
    expect(created.json()).toMatchObject({ policyId: 'sme-award', validFrom: '2026-01-01', status: 'draft', createdBy: '区人社局经办人', publishedVersion: null });
    const updated = await call(t.app, rsjOfficer, 'PUT', `/api/policies/sme-award/drafts/${draftId}`, { validFrom: '2026-01-01', parameters: { maxEmployees: 130, award: 120000 }, note: '放宽人数，提高奖励' });
    expect(updated.json()).toMatchObject({ parameters: { maxEmployees: 130, award: 120000 }, note: '放宽人数，提高奖励' });
    const list = (await call(t.app, admin, 'GET', '/api/policies/sme-award/drafts')).json();
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([draftId]);
  });

  it('simulates the draft against the version in force over the whole registry', async () => {
    const response = await call(t.app, rsjOfficer, 'POST', `/api/policies/sme-award/drafts/${draftId}/simulate`);
    expect(response.statusCode).toBe(200);
    const simulation = response.json();
    expect(simulation).toMatchObject({
      asOf: '2026-01-01',
      enterprises: 7,
      current: { eligible: 3, likely: 0, undetermined: 1, amount: 300000 },
      draft: { eligible: 4, likely: 0, undetermined: 1, amount: 480000 },
      gained: 1,
      lost: 0,
      amountDelta: 180000,
    });
    expect(simulation.byTown).toEqual([
      { key: '310115120', label: '金桥镇', current: { eligible: 1, likely: 0, amount: 100000 }, draft: { eligible: 2, likely: 0, amount: 240000 } },
      { key: '310115125', label: '张江镇', current: { eligible: 2, likely: 0, amount: 200000 }, draft: { eligible: 2, likely: 0, amount: 240000 } },
      { key: 'unknown', label: '未知', current: { eligible: 0, likely: 0, amount: 0 }, draft: { eligible: 0, likely: 0, amount: 0 } },
    ]);
    expect(simulation.byBody.map((g: { key: string; label: string }) => [g.key, g.label])).toEqual([['jinqiao', '金桥管理局'], ['zhangjiang', expect.any(String)], ['unknown', '未知']]);
    expect(simulation.byIndustry.find((g: { key: string }) => g.key === 'biomedicine')).toEqual({ key: 'biomedicine', label: '生物医药', current: { eligible: 1, likely: 0, amount: 100000 }, draft: { eligible: 2, likely: 0, amount: 240000 } });
    expect(simulation.changes).toHaveLength(4);
    expect(simulation.changes[0]).toEqual({ enterpriseId: expect.any(String), name: '测试企业JQB', townName: '金桥镇', from: 'ineligible', to: 'eligible', amountFrom: null, amountTo: 120000 });
  });

  it('exports the simulation as Excel', async () => {
    const response = await call(t.app, admin, 'GET', `/api/policies/sme-award/drafts/${draftId}/simulation.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '按街镇', '按管理主体', '按产业', '变化企业']);
    expect(workbook.getWorksheet('汇总')!.getRow(6).values).toEqual(expect.arrayContaining(['资助总额（元）', 300000, 480000, 180000]));
    expect(workbook.getWorksheet('变化企业')!.rowCount).toBe(5);
  });

  it('publishes the draft as version 2 from its date, audited; version 1 stays in force before it', async () => {
    expect((await call(t.app, rsjOfficer, 'POST', `/api/policies/sme-award/drafts/${draftId}/publish`)).statusCode).toBe(403);
    const response = await call(t.app, admin, 'POST', `/api/policies/sme-award/drafts/${draftId}/publish`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.version).toEqual({ version: 2, validFrom: '2026-01-01', validTo: null });
    expect(detail.versions).toEqual([
      { version: 1, validFrom: '2024-01-01', validTo: '2025-12-31', note: null, origin: 'zone-pack', publishedBy: null, publishedAt: null },
      { version: 2, validFrom: '2026-01-01', validTo: null, note: { zh: '放宽人数，提高奖励', en: '放宽人数，提高奖励' }, origin: 'published', publishedBy: '平台管理员', publishedAt: expect.any(String) },
    ]);
    expect(detail.parameters.find((p: { name: string }) => p.name === 'maxEmployees')).toMatchObject({ value: 130, values: [{ from: '2024-01-01', value: 100 }, { from: '2026-01-01', value: 130 }] });

    const before = (await t.app.inject({ method: 'GET', url: '/api/policies/sme-award?asOf=2025-12-31' })).json();
    expect([before.version.version, before.parameters.find((p: { name: string }) => p.name === 'maxEmployees').value]).toEqual([1, 100]);
    const evaluate = (asOf: string) => t.app.inject({ method: 'POST', url: '/api/policies/sme-award/evaluate', payload: { facts: { 'location.area': 'original', employees: 120 }, asOf } });
    expect((await evaluate('2025-12-31')).json()).toMatchObject({ result: 'ineligible', version: { version: 1 } });
    expect((await evaluate('2026-01-01')).json()).toMatchObject({ result: 'eligible', amount: 120000, version: { version: 2 } });

    const audit = await t.db.pool.query(`select action, object_id, after from audit_log where action like 'policies.%' order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['policies.draft.create', 'policies.draft.update', 'policies.publish']);
    expect(audit.rows[2]).toMatchObject({ object_id: 'sme-award', after: { version: 2, validFrom: '2026-01-01', draftId } });
  });

  it('keeps a published draft as it is, and refuses a new one that starts on or before the new version', async () => {
    expect((await call(t.app, admin, 'POST', `/api/policies/sme-award/drafts/${draftId}/publish`)).json().error.code).toBe('POLICY_DRAFT_PUBLISHED');
    expect((await call(t.app, admin, 'DELETE', `/api/policies/sme-award/drafts/${draftId}`)).statusCode).toBe(409);
    expect((await call(t.app, admin, 'POST', `/api/policies/sme-award/drafts/${draftId}/simulate`)).statusCode).toBe(409);
    const again = await call(t.app, admin, 'POST', '/api/policies/sme-award/drafts', { validFrom: '2026-01-01', parameters: { award: 1 } });
    expect(again.json().error).toMatchObject({ code: 'POLICY_DRAFT_TOO_EARLY', details: { version: 2, currentFrom: '2026-01-01' } });
    const list = (await call(t.app, admin, 'GET', '/api/policies/sme-award/drafts')).json();
    expect(list.items[0]).toMatchObject({ status: 'published', publishedVersion: 2 });
  });

  it('deletes a draft that is still a draft', async () => {
    const created = await call(t.app, admin, 'POST', '/api/policies/sme-award/drafts', { validFrom: '2027-01-01', parameters: { award: 90000 } });
    const id = created.json().id;
    expect((await call(t.app, admin, 'DELETE', `/api/policies/sme-award/drafts/${id}`)).statusCode).toBe(204);
    expect((await call(t.app, admin, 'DELETE', `/api/policies/sme-award/drafts/${id}`)).statusCode).toBe(404);
  });

  it('matches with the new version from its date on', async () => {
    const body = (await call(t.app, admin, 'GET', '/api/policies/sme-award/matches?result=eligible&asOf=2026-03-01')).json();
    expect(body.summary).toEqual({ eligible: 4, likely: 0, undetermined: 1, ineligible: 2, amount: 480000 });
  });
});

describe('simulation on registry facts of a policy that also needs declared figures', () => {
  it('shows enterprises becoming likely, by town, body and industry', async () => {
    const created = await call(t.app, admin, 'POST', '/api/policies/sme-rd/drafts', { validFrom: '2026-01-01', parameters: { maxEmployees: 130 } });
    expect(created.statusCode).toBe(201);
    const simulation = (await call(t.app, admin, 'POST', `/api/policies/sme-rd/drafts/${created.json().id}/simulate`)).json();
    expect(simulation).toMatchObject({
      enterprises: 7,
      current: { eligible: 0, likely: 2, undetermined: 1, amount: 0 },
      draft: { eligible: 0, likely: 4, undetermined: 1, amount: 0 },
      gained: 2,
      lost: 0,
    });
    const likely = (groups: { key: string; current: { likely: number }; draft: { likely: number } }[]) =>
      Object.fromEntries(groups.map((g) => [g.key, [g.current.likely, g.draft.likely]]));
    expect(likely(simulation.byTown)).toEqual({ '310115120': [1, 2], '310115125': [1, 2], unknown: [0, 0] });
    expect(likely(simulation.byBody)).toMatchObject({ jinqiao: [1, 2], zhangjiang: [1, 2] });
    expect(likely(simulation.byIndustry)).toMatchObject({ biomedicine: [1, 2], 'artificial-intelligence': [0, 1], 'integrated-circuits': [1, 1] });
    expect(simulation.changes.map((c: { name: string; from: string; to: string }) => [c.name, c.from, c.to]).sort()).toEqual([
      ['测试企业JQB', 'ineligible', 'likely'],
      ['测试企业ZJC', 'ineligible', 'likely'],
    ]);
  });
});

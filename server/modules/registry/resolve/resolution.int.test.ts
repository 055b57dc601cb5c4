import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_MODEL } from '../../../../core/registry';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../../test/test-app';
import { createTempDir, removeTempDir } from '../../../test/temp-dir';
import { createTerritoryState, type Territory } from '../../territory';
import type { Batch } from '../import/import-batches.repository';
import { creditCode, upload, waitForBatch, writeCsv } from '../import/ingest-test-support';
import type { ReviewItem } from '../read/registry-read.schema';
import { loadRegistryRecords, pageRegistryRecords, type StoredRecord } from './load-registry-records';

let t: AccountsTestApp;
let admin: TestSession;
let dir: string;

const A = creditCode('MA1K4A2B');
const B = creditCode('MA1Q7W3E');
const C = creditCode('MA1R8T4Y');
const D = creditCode('MA1P2L6N');

/** A point of the body's area (a grid over its bounding box, first hit). */
function pointIn(territory: Territory, bodyId: string): [number, number] {
  for (let lat = 30.95; lat < 31.35; lat += 0.005) {
    for (let lng = 121.45; lng < 121.85; lng += 0.005) {
      if (territory.resolver.resolve(lng, lat).body?.id === bodyId) return [Number(lng.toFixed(5)), Number(lat.toFixed(5))];
    }
  }
  throw new Error(`no point found in ${bodyId}`);
}

async function enterpriseOf(recordId: string): Promise<string> {
  const { rows } = await t.db.pool.query<{ enterprise_id: string }>('select enterprise_id from registry_record_links where record_id = $1', [recordId]);
  return rows[0]!.enterprise_id;
}

async function openReviews(): Promise<Array<{ id: number; record_a: string; record_b: string; body_id: string | null }>> {
  return (await t.db.pool.query(`select id, record_a, record_b, body_id from registry_review_items where status = 'open' order by id`)).rows;
}

async function resolveAgain(): Promise<void> {
  const response = await call(t.app, admin, 'POST', '/api/registry/resolution');
  expect(response.statusCode, response.body).toBe(200);
}

async function importFile(source: string, file: string): Promise<Batch> {
  const accepted = await upload(t.app, admin, source, path.basename(file), await readFile(file));
  expect(accepted.statusCode, accepted.body).toBe(202);
  return waitForBatch(t.app, admin, (accepted.json() as Batch).id);
}

const id = {
  huaxin: 'body-list:上海华欣达生物科技有限公司',
  huaxinTypo: 'body-list:上海华新达生物科技有限公司',
  borui: 'body-list:上海博瑞达集成电路有限公司',
  boruiTypo: 'body-list:上海博锐达集成电路有限公司',
  hengtaiBody: 'body-list:上海恒泰医疗器械有限公司',
  hengtaiMarket: 'market-regulation:M3',
  nowhere: 'market-regulation:M4',
};

beforeAll(async () => {
  dir = await createTempDir('registry-resolution');
  t = await createAccountsTestApp({}, { dataDir: dir });
  admin = await logIn(t.app, 'admin');
  const territory = await createTerritoryState(t.db.pool, 'zhangjiang').reload();
  const [jqLng, jqLat] = pointIn(territory, 'jinqiao');
  const [zjLng, zjLat] = pointIn(territory, 'zhangjiang');
  // Two weak pairs the model queues (a typo in the 字号, nothing else to compare), one in 金桥, one in 张江.
  await writeCsv(path.join(dir, 'body-list.csv'), [
    ['序号', '企业名称', '信用代码', '注册地址', '法人代表', '联系电话', '成立时间', '经度', '纬度'],
    ['1', '上海华欣达生物科技有限公司', A, '上海市浦东新区金桥路88号', '张立新', '021-50801234', '2019-03-05', String(jqLng), String(jqLat)],
    ['2', '上海华新达生物科技有限公司', '', '', '', '', '', String(jqLng), String(jqLat)],
    ['3', '上海博瑞达集成电路有限公司', B, '上海市浦东新区张江路2388号', '李明', '13912345678', '2012-01-01', String(zjLng), String(zjLat)],
    ['4', '上海博锐达集成电路有限公司', '', '', '', '', '', String(zjLng), String(zjLat)],
    ['5', '上海恒泰医疗器械有限公司', C, '上海市浦东新区张江路100号', '王强', '13800001111', '2015-06-01', String(zjLng), String(zjLat)],
  ]);
  await writeCsv(path.join(dir, 'market.csv'), [
    ['主体身份代码', '统一社会信用代码', '企业名称', '住所', '法定代表人', '国民经济行业代码'],
    ['M3', C, '上海恒泰医疗器械有限公司', '上海市浦东新区张江路100号', '王强', '3584'],
    ['M4', D, '上海无址科技有限公司', '某某路1号', '赵六', '6520'],
  ]);
  expect((await importFile('body-list', path.join(dir, 'body-list.csv'))).status).toBe('done');
  expect((await importFile('market-regulation', path.join(dir, 'market.csv'))).status).toBe('done');
  // 金桥管理局's officer may review in 金桥's territory (a role made for this test).
  await t.db.pool.query(`insert into roles (id, name, name_en, permissions) values ('registry-reviewer-test', '企业清单审核（测试）', 'Registry reviewer (test)', '{registry.read,registry.review}')`);
  await t.db.pool.query(
    `insert into grants (user_id, role_id, unit_id, scope) select id, 'registry-reviewer-test', 'jinqiao', 'territory' from users where username = 'jq-officer'`,
  );
});

afterAll(async () => {
  await t?.close();
  await removeTempDir(dir);
});

describe('registry resolution and corrections', () => {
  // Links carry no foreign keys (a resolution writes a million of them): the writers keep them whole, checked here
  // after every step — each link has its record and its enterprise, and each enterprise has a record.
  afterEach(async () => {
    const { rows } = await t.db.pool.query(
      `select (select count(*) from registry_record_links l where not exists (select 1 from registry_records r where r.id = l.record_id))::int as without_record,
              (select count(*) from registry_record_links l where not exists (select 1 from registry_enterprises e where e.id = l.enterprise_id))::int as without_enterprise,
              (select count(*) from registry_enterprises e where not exists (select 1 from registry_record_links l where l.enterprise_id = e.id))::int as without_records`,
    );
    expect(rows[0]).toEqual({ without_record: 0, without_enterprise: 0, without_records: 0 });
  });

  it('merges by credit code, places by coordinates, classifies, and queues the weak pairs with their location', async () => {
    expect(await enterpriseOf(id.hengtaiBody)).toBe(C);
    expect(await enterpriseOf(id.hengtaiMarket)).toBe(C);
    const hengtai = await t.db.pool.query('select record_count, industry, chain_segment, located_by, body_id, provenance from registry_enterprises where id = $1', [C]);
    expect(hengtai.rows[0]).toMatchObject({ record_count: 2, industry: 'biomedicine', chain_segment: 'medical-devices', located_by: 'coordinates', body_id: 'zhangjiang' });
    expect(hengtai.rows[0].provenance[id.hengtaiMarket]).toContain('name');
    const reviews = await openReviews();
    expect(reviews.map((r) => ({ pair: [r.record_a, r.record_b].sort(), body: r.body_id }))).toEqual(
      expect.arrayContaining([
        { pair: [id.huaxin, id.huaxinTypo].sort(), body: 'jinqiao' },
        { pair: [id.borui, id.boruiTypo].sort(), body: 'zhangjiang' },
      ]),
    );
    const queue = (await call(t.app, admin, 'GET', '/api/registry/review')).json() as { items: ReviewItem[] };
    expect(queue.items[0]!.steps.map((s) => s.field)).toEqual(['creditCode', 'name', 'address', 'legalRep', 'phone', 'foundedOn']);
    // Each item says what sent it to review: the rule, the thresholds its weight was held against, the waterfall.
    for (const item of queue.items) {
      expect(item).toMatchObject({ thresholds: DEFAULT_MATCH_MODEL.thresholds, modelVersion: DEFAULT_MATCH_MODEL.version });
      expect(item.steps.at(-1)!.runningTotal).toBeCloseTo(item.weight, 6);
      expect(item.prior + item.steps.reduce((sum, step) => sum + step.weight, 0)).toBeCloseTo(item.weight, 6);
      if (item.reason === 'between-thresholds') {
        expect(item.weight).toBeGreaterThanOrEqual(item.thresholds.review);
        expect(item.weight).toBeLessThan(item.thresholds.merge);
      }
    }
    expect(queue.items.map((item) => item.reason)).toContain('between-thresholds');
  });

  it('reads the records a page at a time in id order, the same as all at once', async () => {
    const client = await t.db.pool.connect();
    try {
      const all = await loadRegistryRecords(client, 'zhangjiang');
      expect(all.length).toBeGreaterThan(4);
      for (const pageSize of [2, all.length, all.length + 1]) {
        const pages: StoredRecord[][] = [];
        for await (const page of pageRegistryRecords(client, 'zhangjiang', pageSize)) pages.push(page);
        expect(pages.flat()).toEqual(all);
        expect(pages.every((page) => page.length <= pageSize)).toBe(true);
      }
    } finally {
      client.release();
    }
  });

  it('lets an officer decide only the review items of their own body', async () => {
    const officer = await logIn(t.app, 'jq-officer');
    const reviews = await openReviews();
    const jinqiao = reviews.find((r) => r.body_id === 'jinqiao')!;
    const zhangjiang = reviews.find((r) => r.body_id === 'zhangjiang')!;
    const refused = await call(t.app, officer, 'POST', `/api/registry/review/${zhangjiang.id}`, { decision: 'same' });
    expect(refused.statusCode).toBe(404);
    expect((await openReviews()).length).toBe(reviews.length);

    const decided = await call(t.app, officer, 'POST', `/api/registry/review/${jinqiao.id}`, { decision: 'same' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ item: { id: jinqiao.id, status: 'decided', abilities: { review: false } } });
    expect(await enterpriseOf(id.huaxinTypo)).toBe(A);
    expect(await enterpriseOf(id.huaxin)).toBe(A);
    const audit = await t.db.pool.query(`select action, object_id, after from audit_log where action = 'registry.review.decide'`);
    expect(audit.rows).toEqual([{ action: 'registry.review.decide', object_id: String(jinqiao.id), after: { status: 'decided', decision: 'same', enterprise: A } }]);
    expect((await call(t.app, officer, 'POST', `/api/registry/review/${jinqiao.id}`, { decision: 'different' })).statusCode).toBe(409);
  });

  it('honours "same" and "different" on every later resolution', async () => {
    const zhangjiang = (await openReviews()).find((r) => r.body_id === 'zhangjiang')!;
    expect((await call(t.app, admin, 'POST', `/api/registry/review/${zhangjiang.id}`, { decision: 'different' })).statusCode).toBe(200);
    await resolveAgain();
    expect(await enterpriseOf(id.huaxinTypo)).toBe(A);
    expect(await enterpriseOf(id.boruiTypo)).not.toBe(await enterpriseOf(id.borui));
    expect(await openReviews()).toEqual([]);
  });

  it('splits a record out of an enterprise, and the next resolution keeps it split', async () => {
    const response = await call(t.app, admin, 'POST', `/api/registry/enterprises/${C}/unmerge`, { recordId: id.hengtaiBody });
    expect(response.statusCode, response.body).toBe(200);
    // Equal claims on the code: the more trusted source (market regulation) keeps it.
    expect(response.json()).toEqual({ enterpriseId: C, newEnterpriseId: `R:${id.hengtaiBody}` });
    await resolveAgain();
    expect(await enterpriseOf(id.hengtaiMarket)).toBe(C);
    expect(await enterpriseOf(id.hengtaiBody)).toBe(`R:${id.hengtaiBody}`);
    const split = await t.db.pool.query('select credit_code, record_count from registry_enterprises where id = $1', [`R:${id.hengtaiBody}`]);
    expect(split.rows[0]).toEqual({ credit_code: null, record_count: 1 });

    const single = await call(t.app, admin, 'POST', `/api/registry/enterprises/${C}/unmerge`, { recordId: id.hengtaiMarket });
    expect(single.json()).toMatchObject({ error: { code: 'REGISTRY_UNMERGE_SINGLE' } });
    const foreign = await call(t.app, admin, 'POST', `/api/registry/enterprises/${A}/unmerge`, { recordId: id.hengtaiMarket });
    expect(foreign.json()).toMatchObject({ error: { code: 'REGISTRY_RECORD_NOT_LINKED' } });
  });

  it('keeps a manual location across resolutions', async () => {
    const before = await t.db.pool.query('select located_by from registry_enterprises where id = $1', [D]);
    expect(before.rows[0]).toEqual({ located_by: null });
    const placed = await call(t.app, admin, 'PUT', `/api/registry/enterprises/${D}/location`, { townCode: '310115125' });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json()).toMatchObject({ id: D, townCode: '310115125', locatedBy: 'manual' });
    await resolveAgain();
    const after = await t.db.pool.query('select located_by, town_code from registry_enterprises where id = $1', [D]);
    expect(after.rows[0]).toEqual({ located_by: 'manual', town_code: '310115125' });

    const unknown = await call(t.app, admin, 'PUT', `/api/registry/enterprises/${D}/location`, { townCode: '310104001' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { code: 'REGISTRY_TOWN_UNKNOWN' } });
    const audit = await t.db.pool.query(`select count(*)::int as n from audit_log where action = 'registry.enterprise.locate'`);
    expect(audit.rows[0]).toEqual({ n: 1 });
  });

  it('places by a point too, and refuses an officer outside the enterprise’s scope', async () => {
    const territory = await createTerritoryState(t.db.pool, 'zhangjiang').reload();
    const [lng, lat] = pointIn(territory, 'jinqiao');
    const officer = await logIn(t.app, 'jq-officer');
    expect((await call(t.app, officer, 'PUT', `/api/registry/enterprises/${B}/location`, { lng, lat })).statusCode).toBe(404);
    const placed = await call(t.app, admin, 'PUT', `/api/registry/enterprises/${B}/location`, { lng, lat });
    expect(placed.json()).toMatchObject({ id: B, bodyId: 'jinqiao', locatedBy: 'manual', lng, lat });
  });
});

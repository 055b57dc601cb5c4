/**
 * Statistics, the yearly timeline and the coverage report over HTTP on registry rows seeded with SQL: sums worked out
 * by hand from the fixture, data scopes (金桥 sees nothing of 张江), the pre-aggregation following every change, and
 * the Excel exports read back with exceljs.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, logIn, type TestSession } from '../../../test/test-app';
import { CODES, seedRegistryFixture } from '../read/registry-read-fixture';
import { createRegistryReadTestApp, readSheet, type RegistryReadTestApp } from '../read/registry-read-test-app';

let t: RegistryReadTestApp;
let app: FastifyInstance;
let admin: TestSession;
let zhangjiang: TestSession;
let jinqiao: TestSession;

beforeAll(async () => {
  t = await createRegistryReadTestApp((db) => seedRegistryFixture(db.pool));
  app = t.app;
  [admin, zhangjiang, jinqiao] = await Promise.all([logIn(app, 'admin'), logIn(app, 'zj-officer'), logIn(app, 'jq-officer')]);
}, 120_000);

afterAll(() => t?.close());

const get = (session: TestSession, url: string) => call(app, session, 'GET', url);
const measures = (count: number, registeredCapital: number, employees = 0, revenue = 0, tax = 0) => ({ count, registeredCapital, employees, revenue, tax });

describe('GET /api/registry/statistics', () => {
  // Counted: active, not outside the zone, not left — E1, 芯片设计, both 智能科技, J1, 材料 and the unplaced one.
  it('sums by body for the administrator, unplaced enterprises under a null key', async () => {
    const response = await get(admin, '/api/registry/statistics?by=body');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      by: 'body',
      rows: [
        { key: 'zhangjiang', label: '张江科学城（原区域）', ...measures(4, 1700, 70, 2000, 110) },
        { key: 'jinqiao', label: '金桥管理局', ...measures(2, 1100, 30, 1500, 60) },
        { key: null, label: '未定位', ...measures(1, 100) },
      ],
      total: measures(7, 2900, 100, 3500, 170),
    });
  });

  it('bounds every row and the total by the caller\u2019s scope', async () => {
    const jq = await get(jinqiao, '/api/registry/statistics?by=industry');
    expect(jq.json().rows).toEqual([
      { key: 'integrated-circuits', label: '集成电路', ...measures(1, 300) },
      { key: 'other', label: '其他', ...measures(1, 800, 30, 1500, 60) },
    ]);
    expect(jq.json().total).toEqual(measures(2, 1100, 30, 1500, 60));
    const zjByTown = await get(zhangjiang, '/api/registry/statistics?by=town');
    expect(zjByTown.json().rows).toEqual([{ key: '310115125', label: '张江镇', ...measures(4, 1700, 70, 2000, 110) }]);
  });

  it.each<[string, Array<[string | null, number]>]>([
    ['by=area', [['original', 4], ['expansion', 2], [null, 1]]],
    ['by=chainSegment', [[null, 4], ['design', 1], ['innovative-drugs', 1], ['materials', 1]]],
    ['by=community', [[null, 6], ['community-04', 1]]],
    ['by=industry&bodyId=zhangjiang', [['artificial-intelligence', 2], ['biomedicine', 1], ['integrated-circuits', 1]]],
    ['by=town&industry=integrated-circuits', [['310115120', 1], ['310115125', 1]]],
    ['by=body&area=expansion', [['jinqiao', 2]]],
    ['by=body&townCode=310115125&chainSegment=design', [['zhangjiang', 1]]],
  ])('counts %s', async (query, expected) => {
    const response = await get(admin, `/api/registry/statistics?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().rows.map((row: { key: string | null; count: number }) => [row.key, row.count])).toEqual(expected);
  });

  it('labels in the caller\u2019s language', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/registry/statistics?by=community',
      cookies: { zjsc_session: admin.cookie },
      headers: { 'accept-language': 'en' },
    });
    expect(response.json().rows.map((row: { label: string }) => row.label)).toEqual(['Not placed', 'Zhangjiang Pharma Valley']);
  });

  it('follows a change of the enterprises at once', async () => {
    await t.db.pool.query(`update registry_enterprises set registered_capital = 1500 where id = $1`, [CODES.J1]);
    const after = await get(jinqiao, '/api/registry/statistics?by=body');
    expect(after.json().total).toEqual(measures(2, 1800, 30, 1500, 60));
    await t.db.pool.query(`update registry_enterprises set registered_capital = 800 where id = $1`, [CODES.J1]);
    expect((await get(jinqiao, '/api/registry/statistics?by=body')).json().total.registeredCapital).toBe(1100);
  });

  it('keeps the pre-aggregated tables equal to a rebuild from scratch through inserts, updates, upserts and deletes', async () => {
    const { pool } = t.db;
    const snapshot = async () => {
      const cells = await pool.query(`select * from registry_statistics_cells where enterprises <> 0 order by 1, 2, 3, 4, 5, 6, 7`);
      const years = await pool.query(
        `select * from registry_statistics_years where (founded, entered, left_zone, started, ended) <> (0, 0, 0, 0, 0) order by 1, 2, 3, 4, 5, 6, 7`,
      );
      return { cells: cells.rows, years: years.rows };
    };
    await pool.query(`insert into registry_enterprises (id, zone_id, name, name_key, status, area, in_zone, body_id, town_code, industry, registered_capital, founded_on, entered_zone_on)
                      values ('T:1', 'zhangjiang', '测试一', '测试一', 'active', 'expansion', true, 'jinqiao', '310115120', 'other', 5, '2001-01-01', '2003-01-01'),
                             ('T:2', 'zhangjiang', '测试二', '测试二', 'active', null, null, null, null, null, null, '2002-01-01', null)`);
    await pool.query(`update registry_enterprises set status = 'deregistered', left_zone_on = '2022-01-01' where id = 'T:1'`);
    await pool.query(`update registry_enterprises set in_zone = false, town_code = null, body_id = null where id = 'R:market:4'`);
    await pool.query(`insert into registry_enterprises as e (id, zone_id, name, name_key) values ('T:2', 'zhangjiang', '测试二', '测试二')
                      on conflict (id) do update set industry = 'biomedicine', area = 'original', body_id = 'zhangjiang'`);
    await pool.query(`delete from registry_enterprises where id in ('T:1', 'T:2')`);
    await pool.query(`update registry_enterprises set in_zone = true, town_code = '310115120', body_id = 'jinqiao' where id = 'R:market:4'`);
    const incremental = await snapshot();
    await pool.query('select registry_statistics_rebuild()');
    expect(await snapshot()).toEqual(incremental);
    expect((await get(admin, '/api/registry/statistics?by=body')).json().total).toEqual(measures(7, 2900, 100, 3500, 170));
  });

  it.each([['by=sector', 'by'], ['', 'by'], ['by=town&industry=x', 'industry'], ['by=town&q=1', 'q']])('answers 400 naming the field for %j', async (query, field) => {
    const response = await get(admin, `/api/registry/statistics?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain(field);
  });
});

describe('GET /api/registry/statistics/timeline', () => {
  it('counts founded, entered, left and active at year end', async () => {
    const response = await get(admin, '/api/registry/statistics/timeline?from=2009&to=2022');
    expect(response.statusCode).toBe(200);
    const byYear = Object.fromEntries(response.json().rows.map((row: { year: number }) => [row.year, row]));
    expect(response.json().rows).toHaveLength(14);
    expect(byYear[2009]).toEqual({ year: 2009, founded: 0, entered: 0, left: 0, active: 0 });
    expect(byYear[2010]).toEqual({ year: 2010, founded: 1, entered: 1, left: 0, active: 1 });
    expect(byYear[2015]).toEqual({ year: 2015, founded: 1, entered: 1, left: 0, active: 2 });
    expect(byYear[2016]).toEqual({ year: 2016, founded: 0, entered: 1, left: 0, active: 3 });
    expect(byYear[2018]).toEqual({ year: 2018, founded: 1, entered: 0, left: 0, active: 3 });
    expect(byYear[2019]).toEqual({ year: 2019, founded: 1, entered: 2, left: 0, active: 5 });
    expect(byYear[2020]).toEqual({ year: 2020, founded: 2, entered: 0, left: 0, active: 7 });
    expect(byYear[2021]).toEqual({ year: 2021, founded: 1, entered: 0, left: 1, active: 7 });
    expect(byYear[2022]).toEqual({ year: 2022, founded: 0, entered: 0, left: 0, active: 7 });
  });

  it('is bounded by scope and filters', async () => {
    const jq = (await get(jinqiao, '/api/registry/statistics/timeline?from=2015&to=2020')).json().rows;
    expect(jq.map((row: { active: number }) => row.active)).toEqual([0, 1, 1, 1, 2, 2]);
    expect(jq.map((row: { founded: number }) => row.founded)).toEqual([0, 0, 0, 0, 1, 0]);
    const ic = (await get(admin, '/api/registry/statistics/timeline?from=2019&to=2019&industry=integrated-circuits')).json().rows;
    expect(ic).toEqual([{ year: 2019, founded: 1, entered: 2, left: 0, active: 2 }]);
  });

  it('defaults to twenty years, and rejects a reversed or too wide range naming the field', async () => {
    expect((await get(admin, '/api/registry/statistics/timeline')).json().rows).toHaveLength(20);
    const reversed = await get(admin, '/api/registry/statistics/timeline?from=2020&to=2010');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toContain('to');
    expect((await get(admin, '/api/registry/statistics/timeline?from=1900&to=2100')).statusCode).toBe(400);
    expect((await get(admin, '/api/registry/statistics/timeline?from=abc')).statusCode).toBe(400);
  });
});

describe('GET /api/registry/statistics.xlsx', () => {
  it('has one sheet per dimension and the timeline, or the one asked, within scope', async () => {
    const all = await get(admin, '/api/registry/statistics.xlsx');
    expect(all.statusCode).toBe(200);
    const body = await readSheet(all.rawPayload, 2);
    expect(body[0]).toEqual(['名称', '代码', '企业数', '注册资本（万元）', '从业人员', '营业收入（万元）', '税收（万元）']);
    expect(body.at(-1)).toEqual(['合计', undefined, 7, 2900, 100, 3500, 170]);
    const one = await get(jinqiao, '/api/registry/statistics.xlsx?by=town');
    const rows = await readSheet(one.rawPayload, 0);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['金桥镇', '合计']);
  });
});

describe('GET /api/registry/coverage', () => {
  it('lists enterprises missing from the directory and directory entries outside the zone, by town and body', async () => {
    const response = await get(admin, '/api/registry/coverage');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      directorySourceId: 'statistics',
      missing: {
        total: 4,
        byTown: [
          { townCode: '310115125', townName: '张江镇', bodyId: 'zhangjiang', bodyName: '张江科学城（原区域）', count: 3 },
          { townCode: '310115120', townName: '金桥镇', bodyId: 'jinqiao', bodyName: '金桥管理局', count: 1 },
        ],
      },
      outside: { total: 1, byTown: [{ townCode: null, townName: null, bodyId: null, bodyName: null, count: 1 }] },
      total: 4,
    });
    expect(report.items.map((item: { id: string }) => item.id).sort()).toEqual(['R:market:3', 'R:market:4', 'R:market:5', 'R:tax:1']);
    const outside = (await get(admin, '/api/registry/coverage?list=outside')).json();
    expect(outside.items.map((item: { id: string }) => item.id)).toEqual([CODES.O1]);
    expect(outside.total).toBe(1);
  });

  it('is bounded by the caller\u2019s scope', async () => {
    const jq = (await get(jinqiao, '/api/registry/coverage')).json();
    expect(jq.missing).toEqual({ total: 1, byTown: [{ townCode: '310115120', townName: '金桥镇', bodyId: 'jinqiao', bodyName: '金桥管理局', count: 1 }] });
    expect(jq.outside).toEqual({ total: 0, byTown: [] });
    expect(jq.items.map((item: { id: string }) => item.id)).toEqual(['R:market:4']);
    expect((await get(zhangjiang, '/api/registry/coverage?list=outside')).json()).toMatchObject({ items: [], total: 0 });
    expect((await get(admin, '/api/registry/coverage?list=all')).statusCode).toBe(400);
  });

  it('exports the summary and both lists, within scope', async () => {
    const response = await get(jinqiao, '/api/registry/coverage.xlsx');
    expect(response.statusCode).toBe(200);
    expect(await readSheet(response.rawPayload, 0)).toEqual([
      ['名单', '街镇代码', '街镇', '管理主体代码', '管理主体', '企业数'],
      ['名录库缺失', '310115120', '金桥镇', 'jinqiao', '金桥管理局', 1],
    ]);
    const missing = await readSheet(response.rawPayload, 1);
    expect(missing.slice(1).map((row) => row[1])).toEqual(['金桥集成电路材料有限公司']);
    expect(await readSheet(response.rawPayload, 2)).toHaveLength(1);
    const everything = await get(admin, '/api/registry/coverage.xlsx');
    expect((await readSheet(everything.rawPayload, 1)).length - 1).toBe(4);
    expect((await readSheet(everything.rawPayload, 2)).slice(1).map((row) => row[0])).toEqual([CODES.O1]);
  });
});

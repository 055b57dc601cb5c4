import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../platform/auth';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../../test/test-app';
import { createTempDir, removeTempDir } from '../../../test/temp-dir';
import { loadZonePlaces } from '../demo/load-zone-places';
import { writeSyntheticRegistry, type SyntheticManifest } from '../demo/write-synthetic-registry';
import { resolveZoneDir } from '../../../platform/zone/load-zone-pack';
import { AppError } from '../../../../core/errors';
import { failBatch, type Batch } from './import-batches.repository';
import { describeFailure } from './import-registry-file';
import { creditCode, upload, waitForBatch, writeCsv } from './ingest-test-support';

const UPLOAD_LIMIT = 2 * 1024 * 1024;

let t: AccountsTestApp;
let admin: TestSession;
let dir: string;
let manifest: SyntheticManifest;

async function counts(): Promise<{ batches: number; records: number; rejections: number }> {
  const { rows } = await t.db.pool.query<{ batches: number; records: number; rejections: number }>(
    `select (select count(*) from registry_import_batches) as batches, (select count(*) from registry_records) as records,
            (select count(*) from registry_import_rejections) as rejections`,
  );
  return rows[0]!;
}

beforeAll(async () => {
  dir = await createTempDir('registry-import');
  t = await createAccountsTestApp({}, { dataDir: dir, registryUploadLimitBytes: UPLOAD_LIMIT });
  admin = await logIn(t.app, 'admin');
  manifest = await writeSyntheticRegistry({
    out: path.join(dir, 'synthetic'),
    count: 300,
    seed: 7,
    sources: ['market-regulation', 'tax', 'statistics'],
    xlsxSources: ['statistics'],
    places: loadZonePlaces(resolveZoneDir('zhangjiang')),
  });
});

afterAll(async () => {
  await t?.close();
  await removeTempDir(dir);
});

const fileOf = (source: string) => path.join(dir, 'synthetic', manifest.sources.find((s) => s.source === source)!.file);

describe('registry imports', () => {
  it('lists the sources with their templates', async () => {
    const response = await call(t.app, admin, 'GET', '/api/registry/sources');
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: Array<{ id: string; isStatisticsDirectory: boolean; mapping: { columns: Record<string, string[]>; required: string[] }; lastBatch: Batch | null }> };
    expect(items.map((s) => s.id)).toEqual(['market-regulation', 'tax', 'statistics', 'body-list']);
    expect(items.find((s) => s.id === 'statistics')?.isStatisticsDirectory).toBe(true);
    expect(items[1]!.mapping.columns['creditCode']).toContain('纳税人识别号');
    expect(items[0]!.mapping.required).toEqual(['name', 'creditCode']);
  });

  it('imports a GBK CSV in the background, with progress, provenance and the resolution after it', async () => {
    const accepted = await upload(t.app, admin, 'tax', '税务登记.csv', await readFile(fileOf('tax')));
    expect(accepted.statusCode).toBe(202);
    const started = accepted.json() as Batch;
    expect(started).toMatchObject({ sourceId: 'tax', fileName: '税务登记.csv', fileFormat: 'csv', encoding: 'gb18030', status: 'running' });
    const batch = await waitForBatch(t.app, admin, started.id);
    const rows = manifest.sources.find((s) => s.source === 'tax')!.rows;
    expect(batch).toMatchObject({ status: 'done', stage: 'done', progress: 1, rowsRead: rows, rowsRejected: 0, failure: null });
    expect(batch.rowsValid).toBe(rows);
    expect(batch.rowsChanged).toBeGreaterThan(rows * 0.95);
    const record = await t.db.pool.query<{ id: string; name: string; batch_id: number; row_no: number; attributes: Record<string, unknown> }>(
      `select id, name, batch_id, row_no, attributes from registry_records where id = 'tax:SW00000001'`,
    );
    expect(record.rows[0]).toMatchObject({ batch_id: started.id, row_no: 2 });
    // 注册资本（元） is stored in 万元; the Chinese name survived GBK.
    expect(record.rows[0]!.name).toMatch(/^上海[\u4e00-\u9fff（）]+$/);
    expect(typeof record.rows[0]!.attributes['registeredCapital']).toBe('number');
    const enterprises = await t.db.pool.query<{ n: number }>('select count(*) as n from registry_enterprises');
    expect(enterprises.rows[0]!.n).toBeGreaterThan(200);
  });

  it('imports an XLSX workbook', async () => {
    const accepted = await upload(t.app, admin, 'statistics', '名录库.xlsx', await readFile(fileOf('statistics')));
    expect(accepted.statusCode).toBe(202);
    const batch = await waitForBatch(t.app, admin, (accepted.json() as Batch).id);
    expect(batch).toMatchObject({ status: 'done', fileFormat: 'xlsx', encoding: null, rowsRead: manifest.sources.find((s) => s.source === 'statistics')!.rows });
    const directory = await t.db.pool.query<{ n: number }>('select count(*) as n from registry_enterprises where in_directory');
    expect(directory.rows[0]!.n).toBeGreaterThan(100);
  });

  it('answers the same file again with the earlier batch and changes nothing', async () => {
    const before = await counts();
    const stamp = await t.db.pool.query<{ max: Date }>('select max(imported_at) as max from registry_records');
    const again = await upload(t.app, admin, 'tax', 'again.csv', await readFile(fileOf('tax')));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ sourceId: 'tax', fileName: '税务登记.csv', status: 'done', duplicate: true });
    expect(await counts()).toEqual(before);
    expect((await t.db.pool.query<{ max: Date }>('select max(imported_at) as max from registry_records')).rows[0]).toEqual(stamp.rows[0]);
  });

  it('keeps valid rows of a file with bad ones and reports each problem, row by row', async () => {
    const good = creditCode('MA1K4A2B');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const file = path.join(dir, 'market-bad.csv');
    await writeCsv(file, [
      ['主体身份代码', '统一社会信用代码', '企业名称', '成立日期', '注册资本', '住所'],
      ['X1', good, '上海测试甲科技有限公司', '2019-03-05', '100万人民币', '上海市浦东新区张江路1号'],
      ['X2', bad, '上海测试乙科技有限公司', '去年', '100万美元', ''],
      ['X3', good.toLowerCase(), '', '2019-03-05', '', ''],
    ]);
    const batch = await waitForBatch(t.app, admin, ((await upload(t.app, admin, 'market-regulation', 'bad.csv', await readFile(file))).json() as Batch).id);
    expect(batch).toMatchObject({ status: 'done', rowsRead: 3, rowsValid: 2, rowsRejected: 1, rowsChanged: 2 });
    const kept = await t.db.pool.query<{ id: string; credit_code: string; founded_on: string | null }>(
      `select id, credit_code, founded_on from registry_records where id in ('market-regulation:X1', 'market-regulation:X2') order by id`,
    );
    expect(kept.rows).toEqual([
      { id: 'market-regulation:X1', credit_code: good, founded_on: '2019-03-05' },
      // The mistyped code stays as matching evidence; the bad date is dropped.
      { id: 'market-regulation:X2', credit_code: bad, founded_on: null },
    ]);
    const report = await call(t.app, admin, 'GET', `/api/registry/imports/${batch.id}/rejections.csv`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/csv');
    const lines = report.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"行号","列","原因","原始内容"');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^"3","成立日期","无法识别的日期，已忽略","去年"$/),
      expect.stringMatching(/^"3","注册资本","外币金额不折算，已忽略","100万美元"$/),
      expect.stringMatching(/^"3","统一社会信用代码",".*校验码错误.*行已保留.*","/),
      expect.stringMatching(/^"4","企业名称","企业名称为空，整行未导入",".*主体身份代码=X3/),
    ]);
    expect(report.headers['content-disposition']).toContain(encodeURIComponent('bad-拒收报告.csv'));

    // The same report for an English reader: headers, reasons and file name follow Accept-Language.
    const english = await t.app.inject({
      method: 'GET',
      url: `/api/registry/imports/${batch.id}/rejections.csv`,
      cookies: { [SESSION_COOKIE]: admin.cookie },
      headers: { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' },
    });
    const englishLines = english.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(englishLines[0]).toBe('"Row","Column","Reason","Original content"');
    expect(englishLines.slice(1)).toEqual([
      expect.stringMatching(/^"3","成立日期","Not a recognisable date; the value was ignored","去年"$/),
      expect.stringMatching(/^"3","注册资本","Amounts in a foreign currency are not converted; the value was ignored","100万美元"$/),
      expect.stringMatching(/^"3","统一社会信用代码",".*check character.*the row was kept, the code is used for matching only","/),
      expect.stringMatching(/^"4","企业名称","The enterprise name is empty; the row was not imported",".*主体身份代码=X3; /),
    ]);
    expect(english.headers['content-disposition']).toContain('bad-rejected-rows.csv');
  });

  it('shows why a batch failed in the reader\'s language', async () => {
    const file = path.join(dir, 'interrupted.csv');
    await writeCsv(file, [
      ['主体身份代码', '统一社会信用代码', '企业名称'],
      ['Y1', creditCode('MA1K4A2C'), '上海测试丙科技有限公司'],
    ]);
    const batch = await waitForBatch(t.app, admin, ((await upload(t.app, admin, 'market-regulation', 'interrupted.csv', await readFile(file))).json() as Batch).id);
    await failBatch(t.db.pool, batch.id, describeFailure(new AppError('REGISTRY_IMPORT_INTERRUPTED')));
    const read = async (language: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/registry/imports/${batch.id}`, cookies: { [SESSION_COOKIE]: admin.cookie }, headers: { 'accept-language': language } });
      return (response.json() as Batch).failure;
    };
    expect(await read('zh-CN')).toEqual({ code: 'REGISTRY_IMPORT_INTERRUPTED', message: expect.stringMatching(/导入因服务停止而中断/) });
    expect(await read('en')).toEqual({ code: 'REGISTRY_IMPORT_INTERRUPTED', message: expect.stringMatching(/^The import was interrupted/) });
    // A failure recorded before details were kept keeps its Chinese text.
    await t.db.pool.query(`update registry_import_batches set failure = '{"code":"INTERNAL","message":"服务器内部错误（请求编号 import）"}' where id = $1`, [batch.id]);
    expect(await read('en')).toEqual({ code: 'INTERNAL', message: '服务器内部错误（请求编号 import）' });
  });

  describe('refuses bad input before anything is written', () => {
    const header = (...columns: string[]) => `${columns.join(',')}\r\n`;
    const cases: Array<{ name: string; source: string; bytes: () => Promise<Buffer> | Buffer; status: number; code: string; message?: RegExp }> = [
      { name: 'an empty file', source: 'tax', bytes: () => Buffer.alloc(0), status: 400, code: 'TABLE_EMPTY' },
      { name: 'a header without rows', source: 'tax', bytes: () => Buffer.from(header('纳税人识别号', '纳税人名称')), status: 400, code: 'TABLE_EMPTY' },
      { name: 'a PDF renamed .csv', source: 'tax', bytes: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), status: 400, code: 'TABLE_FORMAT_UNKNOWN', message: /PDF/ },
      {
        name: 'a header missing a required column',
        source: 'market-regulation',
        bytes: () => Buffer.from(`${header('主体身份代码', '企业名称', '住所')}1,上海某某有限公司,张江路1号\r\n`),
        status: 400,
        code: 'REGISTRY_COLUMNS_MISSING',
        message: /统一社会信用代码（统一社会信用代码、社会信用代码、信用代码）/,
      },
      {
        name: 'the file of another source (wrong template)',
        source: 'market-regulation',
        bytes: () => readFile(fileOf('tax')),
        status: 400,
        code: 'REGISTRY_COLUMNS_MISSING',
        message: /企业名称/,
      },
      { name: 'an unknown source', source: 'customs', bytes: () => readFile(fileOf('tax')), status: 400, code: 'REGISTRY_SOURCE_UNKNOWN', message: /market-regulation/ },
      { name: 'a file over the size limit', source: 'tax', bytes: () => Buffer.alloc(UPLOAD_LIMIT + 1, 0x41), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    ];

    it.each(cases)('$name → $status $code', async ({ source, bytes, status, code, message }) => {
      const before = await counts();
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/registry/imports?source=${source}&fileName=x.csv`,
        cookies: { [SESSION_COOKIE]: admin.cookie },
        headers: { 'x-csrf-token': admin.csrfToken, 'content-type': 'application/octet-stream', 'accept-language': 'zh-CN' },
        payload: await bytes(),
      });
      expect(response.statusCode, response.body).toBe(status);
      const error = (response.json() as { error: { code: string; message: string } }).error;
      expect(error.code).toBe(code);
      if (message) expect(error.message).toMatch(message);
      expect(await counts()).toEqual(before);
      expect(await readdir(path.join(dir, 'registry-uploads'))).toEqual([]);
    });

    it('refuses an upload whose declared length is over the limit without reading it', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/registry/imports?source=tax',
        cookies: { [SESSION_COOKIE]: admin.cookie },
        headers: { 'x-csrf-token': admin.csrfToken, 'content-type': 'application/octet-stream', 'content-length': String(2 * 1024 ** 3) },
        payload: Buffer.from('x'),
      });
      expect(response.statusCode).toBe(413);
    });
  });

  it('lets only holders of registry.import upload', async () => {
    const officer = await logIn(t.app, 'zj-officer');
    const response = await upload(t.app, officer, 'tax', 'x.csv', await readFile(fileOf('tax')));
    expect(response.statusCode).toBe(403);
    expect((await call(t.app, officer, 'GET', '/api/registry/imports')).statusCode).toBe(200);
  });

  it('lists the batches, newest first', async () => {
    const { items, total } = (await call(t.app, admin, 'GET', '/api/registry/imports?source=tax')).json() as { items: Batch[]; total: number };
    expect(total).toBe(1);
    expect(items[0]!.sourceId).toBe('tax');
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { readTable } from './read-table';
import { sendXlsx, XLSX_CONTENT_TYPE } from './send-xlsx';
import { writeXlsx } from './write-xlsx';

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('tabular-write-xlsx');
  await mkdir(dir, { recursive: true });
});
afterAll(async () => {
  await removeTempDir(dir);
});

describe('writeXlsx streaming', () => {
  it('pulls rows only as the consumer reads, and closes the row source when the consumer goes away', async () => {
    let produced = 0;
    let closed = false;
    const rows = (function* () {
      try {
        for (;;) {
          produced += 1;
          yield [`第 ${produced} 行`, produced, '张江科学城'.repeat(10)];
        }
      } finally {
        closed = true;
      }
    })();
    const stream = writeXlsx([{ name: '无尽', columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }], rows }]);
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // An unbounded source stops at a bounded point: a few pieces ahead of what was read.
    expect(produced).toBeLessThan(100_000);
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
  });

  it('fails the stream when the row source fails', async () => {
    const rows = (async function* () {
      yield ['ok'];
      throw new Error('cursor lost');
    })();
    const stream = writeXlsx([{ name: 's', columns: [{ header: 'a' }], rows }]);
    await expect(async () => {
      for await (const _ of stream) {
        // consume
      }
    }).rejects.toThrow('cursor lost');
  });

  it('writes a workbook with one empty sheet when given none', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of writeXlsx([])) chunks.push(chunk as Buffer);
    const file = path.join(dir, 'none.xlsx');
    await writeFile(file, Buffer.concat(chunks));
    await expect(readTable(file)).rejects.toMatchObject({ code: 'TABLE_EMPTY' });
  });
});

describe('writeXlsx sheet size', () => {
  it('continues rows beyond the sheet row limit on "name (2)", header repeated', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`企业${i + 1}`, i + 1]);
    const chunks: Buffer[] = [];
    const columns = [{ header: '名称' }, { header: '序号' }];
    for await (const chunk of writeXlsx([{ name: '清单', columns, rows }], { maxSheetRows: 4 })) chunks.push(chunk as Buffer);
    const file = path.join(dir, 'spill.xlsx');
    await writeFile(file, Buffer.concat(chunks));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheets = workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      filter: sheet.autoFilter,
      rows: sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1)),
    }));
    expect(sheets).toEqual([
      { name: '清单', filter: 'A1:B4', rows: [['名称', '序号'], ['企业1', 1], ['企业2', 2], ['企业3', 3]] },
      { name: '清单 (2)', filter: 'A1:B4', rows: [['名称', '序号'], ['企业4', 4], ['企业5', 5], ['企业6', 6]] },
      { name: '清单 (3)', filter: 'A1:B2', rows: [['名称', '序号'], ['企业7', 7]] },
    ]);
  });
});

describe('sendXlsx', () => {
  it('answers with the XLSX type, an RFC 5987 file name and a workbook that reads back', async () => {
    const app = Fastify();
    app.get('/export', (_request, reply) =>
      sendXlsx(reply, '企业清单 2024.xlsx', [{ name: '清单', columns: [{ header: '名称' }, { header: '成立' }], rows: [['张江', '2024-03-05']] }]),
    );
    const response = await app.inject({ method: 'GET', url: '/export' });
    await app.close();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="_ 2024.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A%E6%B8%85%E5%8D%95%202024.xlsx`,
    );
    const file = path.join(dir, 'sent.xlsx');
    await writeFile(file, response.rawPayload);
    const reader = await readTable(file);
    const rows: string[][] = [];
    for await (const row of reader.rows) rows.push(row.cells);
    expect([reader.header, rows]).toEqual([['名称', '成立'], [['张江', '2024-03-05']]]);
  });
});

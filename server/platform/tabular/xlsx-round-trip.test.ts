import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { readTable } from './read-table';
import type { TableReader } from './table-reader';
import { chineseName, random } from './test-support';
import { writeXlsx, type XlsxSheet } from './write-xlsx';

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('tabular-xlsx');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function writeFileFrom(name: string, sheets: XlsxSheet[]): Promise<string> {
  const file = path.join(dir, name);
  await pipeline(writeXlsx(sheets), createWriteStream(file));
  return file;
}

async function collect(reader: TableReader): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of reader.rows) rows.push(row.cells);
  return rows;
}

const SHANGHAI_MS = 8 * 3_600_000;
const COLUMNS = ['名称', '成立日期', '更新时间', '金额', '员工', '在册', '备注'].map((header) => ({ header }));

/** A row of every kind of value an export holds; `i` makes each row distinct and reproducible. */
function exportRow(i: number, next: () => number): unknown[] {
  const day = new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
  const instant = new Date(Date.UTC(2024, 0, 1) + i * 61_000);
  const notes = ['', '含 & < > " \' 符号', '两行\n文字', '  前后空格  ', 'CR\r\nLF', null, '𠮷野家 emoji 😀'];
  return [
    `${chineseName(next)}科技有限公司${i}`,
    i % 50 === 0 ? null : day,
    instant,
    Math.round(next() * 1e8) / 100,
    i % 7 === 0 ? null : Math.floor(next() * 5000),
    i % 3 === 0,
    notes[i % notes.length],
  ];
}

/** What our reader gives back for a value we wrote. */
function asReadBack(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const shanghai = new Date(value.getTime() + SHANGHAI_MS).toISOString();
    return shanghai.endsWith('T00:00:00.000Z') ? shanghai.slice(0, 10) : `${shanghai.slice(0, 10)} ${shanghai.slice(11, 19)}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** What exceljs gives back for a value we wrote: dates as Date objects on the Shanghai wall clock. */
function asExcelJs(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return new Date(value.getTime() + SHANGHAI_MS);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

describe('writeXlsx → exceljs', () => {
  it('exceljs reads back every value, the sheet names, frozen header and autofilter', async () => {
    const next = random(1);
    const rows = Array.from({ length: 5000 }, (_, i) => exportRow(i, next));
    const file = await writeFileFrom('ours-to-exceljs.xlsx', [
      { name: '企业/清单', columns: COLUMNS, rows },
      { name: '汇总', columns: [{ header: '街镇', width: 20 }, { header: '数量' }], rows: (async function* () { yield ['张江镇', 3]; })() },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const [sheet, summary] = workbook.worksheets;
    expect([sheet!.name, summary!.name]).toEqual(['企业_清单', '汇总']);
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.autoFilter).toBe('A1:G5001');
    expect(summary!.getColumn(1).width).toBe(20);
    expect(sheet!.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((column) => column.header));
    let mismatches = 0;
    rows.forEach((row, i) => {
      const cells = sheet!.getRow(i + 2);
      row.forEach((value, c) => {
        const actual = cells.getCell(c + 1).value ?? null;
        if (JSON.stringify(actual) !== JSON.stringify(asExcelJs(value))) mismatches += 1;
      });
    });
    expect(mismatches).toBe(0);
    expect((summary!.getRow(2).values as unknown[]).slice(1)).toEqual(['张江镇', 3]);
  }, 60_000);
});

describe('exceljs → readTable', () => {
  it('reads 20,000 rows written by exceljs (shared strings, dates, numbers, rich text, formulas) identically', async () => {
    const next = random(2);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['名称', '街镇', '成立日期', '更新时间', '金额', '在册', '空列', '公式']);
    const towns = ['张江镇', '川沙新镇', '唐镇', '合庆镇', '曹路镇', '金桥镇', '高东镇', '北蔡镇', '康桥镇', '周浦镇'];
    const expected: string[][] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const name = `${chineseName(next)}生物医药有限公司`;
      const town = towns[i % towns.length]!;
      const founded = new Date(Date.UTC(1990, 0, 1) + Math.floor(next() * 12_000) * 86_400_000);
      const updated = new Date(Date.UTC(2024, 5, 1, 8, 30, 15) + i * 60_000);
      const amount = i % 11 === 0 ? -i / 8 : i * 1.25;
      const row = sheet.addRow([
        i % 1000 === 0 ? { richText: [{ text: '富', font: { bold: true } }, { text: name }] } : name,
        town,
        founded,
        updated,
        amount,
        i % 2 === 0,
        null,
        i % 500 === 0 ? { formula: 'B2&"!"', result: `${town}!` } : null,
      ]);
      row.getCell(3).numFmt = 'yyyy"年"m"月"d"日"';
      row.getCell(4).numFmt = 'yyyy-mm-dd hh:mm:ss';
      expected.push([
        i % 1000 === 0 ? `富${name}` : name,
        town,
        founded.toISOString().slice(0, 10),
        updated.toISOString().slice(0, 19).replace('T', ' '),
        String(amount),
        i % 2 === 0 ? 'TRUE' : 'FALSE',
        '',
        i % 500 === 0 ? `${town}!` : '',
      ]);
    }
    const file = path.join(dir, 'exceljs.xlsx');
    await workbook.xlsx.writeFile(file);

    const reader = await readTable(file);
    expect([reader.format, reader.encoding]).toEqual(['xlsx', null]);
    expect(reader.header).toEqual(['名称', '街镇', '成立日期', '更新时间', '金额', '在册', '空列', '公式']);
    const rows = await collect(reader);
    expect(rows.length).toBe(expected.length);
    const mismatched = rows.findIndex((row, i) => row.join('\u0001') !== expected[i]!.join('\u0001'));
    expect(mismatched === -1 ? null : { row: rows[mismatched], expected: expected[mismatched] }).toBeNull();
    expect(reader.bytesRead()).toBe(reader.totalBytes);
  }, 60_000);
});

describe('writeXlsx → readTable', () => {
  it('round-trips 100,000 rows, every value compared', async () => {
    const count = 100_000;
    const rows = function* (seed: number) {
      const next = random(seed);
      for (let i = 0; i < count; i += 1) yield exportRow(i, next);
    };
    const file = await writeFileFrom('round-trip.xlsx', [{ name: '清单', columns: COLUMNS, rows: rows(3) }]);
    const reader = await readTable(file);
    expect(reader.header).toEqual(COLUMNS.map((column) => column.header));
    let index = 0;
    let mismatches = 0;
    const expected = rows(3);
    for await (const row of reader.rows) {
      const want = expected.next().value as unknown[];
      if (row.rowNo !== index + 2 || row.cells.join('\u0001') !== want.map(asReadBack).join('\u0001')) mismatches += 1;
      index += 1;
    }
    expect({ rows: index, mismatches }).toEqual({ rows: count, mismatches: 0 });
  }, 120_000);
});

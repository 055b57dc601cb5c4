import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../scripts/registry/encode-gbk';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { readTable } from './read-table';
import type { TableReader } from './table-reader';
import { encodeGb18030 } from './test-support';

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('tabular-read-table');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function fileWith(name: string, content: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function readAll(reader: TableReader): Promise<[number, string[]][]> {
  const rows: [number, string[]][] = [];
  for await (const row of reader.rows) rows.push([row.rowNo, row.cells]);
  return rows;
}

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Buffer => {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
};

const TABLE = '名称,代码\r\n张江集团,91310000MA1K000001\r\n';
const EXPECTED = { header: ['名称', '代码'], rows: [[2, ['张江集团', '91310000MA1K000001']]] };

describe('readTable recognises text tables by content', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from(`\uFEFF${TABLE}`), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from(TABLE), 'utf-8'],
    ['GBK', encodeGbk(TABLE), 'gb18030'],
    ['UTF-16 LE with BOM', utf16(TABLE, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(TABLE, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(TABLE, 'le', false), 'utf-16le'],
    ['tab-separated, named .xlsx', Buffer.from(TABLE.replace(/,/g, '\t')), 'utf-8'],
    ['semicolon-separated', Buffer.from(TABLE.replace(/,/g, ';')), 'utf-8'],
    ['with Excel\'s sep= line', Buffer.from(`sep=|\r\n${TABLE.replace(/,/g, '|')}`), 'utf-8'],
  ])('%s', async (_, content, encoding) => {
    const reader = await readTable(await fileWith(`${encoding}-${content.length}.xlsx`, content));
    expect([reader.format, reader.encoding, reader.header]).toEqual(['csv', encoding, EXPECTED.header]);
    expect(reader.bytesRead()).toBe(0);
    expect(await readAll(reader)).toEqual(EXPECTED.rows);
    expect(reader.bytesRead()).toBe(reader.totalBytes);
  });

  it('GB18030 four-byte characters', async () => {
    const text = '姓名,备注\n𠮷野家,𡈼𤭢 and 𨚕\n';
    const reader = await readTable(await fileWith('gb18030.csv', encodeGb18030(text)));
    expect(reader.encoding).toBe('gb18030');
    expect(await readAll(reader)).toEqual([[2, ['𠮷野家', '𡈼𤭢 and 𨚕']]]);
  });

  it('skips blank lines and rows of empty cells, trims the header, pads short rows', async () => {
    const reader = await readTable(await fileWith('blank.csv', '\n\n 名称 ,代码,备注\n\n张江\n,,\n金桥,2\n\n\n'));
    expect(reader.header).toEqual(['名称', '代码', '备注']);
    expect(await readAll(reader)).toEqual([
      [5, ['张江', '', '']],
      [7, ['金桥', '2', '']],
    ]);
  });

  it('reads the rows again on a second iteration', async () => {
    const reader = await readTable(await fileWith('twice.csv', TABLE));
    expect(await readAll(reader)).toEqual(await readAll(reader));
  });
});

const zipOf = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

describe('readTable refuses what is not a table, naming what it looks like', () => {
  it.each([
    ['a PDF renamed .csv', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'TABLE_FORMAT_UNKNOWN', 'a PDF file'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'TABLE_FORMAT_UNKNOWN', 'a PNG image'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'TABLE_FORMAT_UNKNOWN', 'a JPEG image'],
    ['an Excel 97-2003 workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'TABLE_FORMAT_UNKNOWN', 'an Excel 97-2003 workbook (.xls) or an encrypted Office file; save it as .xlsx in Excel'],
    ['a Word document', zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'TABLE_FORMAT_UNKNOWN', 'a Word document (.docx)'],
    ['a zip of other files', zipOf({ 'readme.txt': 'hello' }), 'TABLE_FORMAT_UNKNOWN', 'a zip archive without an Excel workbook'],
    ['a truncated zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]), 'TABLE_FORMAT_UNKNOWN', 'a damaged or incomplete zip file'],
    ['binary with NUL bytes', Buffer.from([1, 2, 3, 0, 0, 7, 200, 0, 5, 0, 0, 0, 9, 9, 0, 1]), 'TABLE_FORMAT_UNKNOWN', 'a binary file (not a text table)'],
    ['an HTML table saved as .xls', Buffer.from('<html><body><table><tr><td>名称</td></tr></table></body></html>'), 'TABLE_FORMAT_UNKNOWN', 'a web page (HTML) or XML file (some systems save web tables as .xls)'],
    ['Latin-1 text', Buffer.from('name,city\nJosé,Zürich\nRenée,Genève\n', 'latin1'), 'TABLE_ENCODING_UNKNOWN', undefined],
    ['an empty file', Buffer.alloc(0), 'TABLE_EMPTY', undefined],
    ['only blank lines', Buffer.from('\r\n\r\n,,\r\n'), 'TABLE_EMPTY', undefined],
    ['only a header', Buffer.from('\uFEFF名称,代码\r\n'), 'TABLE_EMPTY', undefined],
  ])('%s', async (name, content, code, kindEn) => {
    const file = await fileWith(`${name.replace(/\W+/g, '-')}.csv`, content);
    const error = await readTable(file).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code });
    if (kindEn) expect(error).toMatchObject({ details: { kindEn } });
  });

  it('tells an empty file from one with only a header', async () => {
    const empty = await readTable(await fileWith('empty.csv', '')).catch((error: unknown) => error);
    const headerOnly = await readTable(await fileWith('header.csv', 'a,b\n')).catch((error: unknown) => error);
    expect(empty).toMatchObject({ details: { reasonEn: 'the file is empty' } });
    expect(headerOnly).toMatchObject({ details: { reasonEn: 'it has a header but no data rows' } });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = await fileWith('large.csv', TABLE);
    await expect(readTable(file, { maxBytes: 10 })).rejects.toMatchObject({ code: 'TABLE_TOO_LARGE', details: { limit: 10 } });
  });

  it('stops at bytes that turn invalid after the sample, naming the row', async () => {
    const ascii = 'code,name\n' + 'A1,plain\n'.repeat(40_000);
    const file = await fileWith('mixed.csv', Buffer.concat([Buffer.from(ascii), encodeGbk('B2,张江\n')]));
    const reader = await readTable(file);
    expect(reader.encoding).toBe('utf-8');
    await expect(readAll(reader)).rejects.toMatchObject({ code: 'TABLE_ENCODING_INVALID', details: { encoding: 'UTF-8' } });
  });
});

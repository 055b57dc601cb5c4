import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { readTable } from './read-table';
import type { TableReader } from './table-reader';

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('tabular-read-xlsx');
});
afterAll(async () => {
  await removeTempDir(dir);
});

const MAIN = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A workbook as other producers write them: prefixed elements, an absolute workbook target, a hidden first sheet,
 * the 1904 date system, rich text and phonetic runs, and the sheet stored in the zip before the shared strings.
 */
const PARTS: Record<string, string> = {
  'xl/worksheets/sheet2.xml':
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet ${MAIN}><x:sheetData>` +
    '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t> 日期 </x:t></x:is></x:c><x:c r="C1" t="str"><x:v>数值</x:v></x:c></x:row>' +
    '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="C3" s="1"><x:v>43894</x:v></x:c><x:c r="E3" s="3"><x:v>1234.5</x:v></x:c></x:row>' +
    '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:r><x:t>a &amp; b</x:t></x:r><x:r><x:t><![CDATA[<c>]]></x:t></x:r></x:is></x:c>' +
    '<x:c r="B4" s="2"><x:v>43894.75</x:v></x:c><x:c r="C4" t="str"><x:f>A4&amp;"!"</x:f><x:v>a &amp; b!</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>' +
    '<x:row><x:c r="A5" t="s"><x:v>2</x:v></x:c><x:c r="B5" t="d"><x:v>2024-03-05T00:00:00Z</x:v></x:c><x:c r="C5" s="4"><x:v>0.30000000000000004</x:v></x:c></x:row>' +
    '<x:row r="7"/><x:row r="8"><x:c r="A8" s="1"/><x:c r="B8" t="inlineStr"><x:is><x:t>  </x:t></x:is></x:c></x:row>' +
    '<x:row r="9"><x:c r="A9" t="s"><x:v>3</x:v></x:c></x:row>' +
    '</x:sheetData></x:worksheet>',
  'xl/sharedStrings.xml':
    `<x:sst ${MAIN}><x:si><x:t>名称</x:t></x:si>` +
    '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>张江</x:t></x:r><x:r><x:t xml:space="preserve">科技 </x:t></x:r></x:si>' +
    '<x:si><x:t>金桥</x:t><x:rPh sb="0" eb="2"><x:t>ジンチャオ</x:t></x:rPh></x:si>' +
    '<x:si><x:t>第一行_x000D_\n第二行</x:t></x:si></x:sst>',
  'xl/styles.xml':
    `<x:styleSheet ${MAIN}><x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
    '<x:numFmt numFmtId="165" formatCode="#,##0.00_);[Red](#,##0.00)"/></x:numFmts>' +
    '<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>' +
    '<x:cellXfs count="5"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/><x:xf numFmtId="22"/><x:xf numFmtId="165"/><x:xf numFmtId="0"/></x:cellXfs></x:styleSheet>',
  'xl/worksheets/sheet1.xml': `<x:worksheet ${MAIN}><x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>hidden</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  'xl/workbook.xml':
    `<x:workbook ${MAIN} xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets>` +
    '<x:sheet name="隐藏" sheetId="1" state="hidden" r:id="rId1"/><x:sheet name="数据" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  '_rels/.rels':
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
};

async function zipFile(name: string, parts: Record<string, string>, level: 0 | 6 = 6): Promise<string> {
  const file = path.join(dir, name);
  const entries = Object.fromEntries(Object.entries(parts).map(([part, xml]) => [part, strToU8(xml)]));
  await writeFile(file, zipSync(entries, { level }));
  return file;
}

describe('readTable on XLSX from other producers', () => {
  it.each([
    ['deflated', 6],
    ['stored', 0],
  ] as const)('reads the first visible sheet, whatever the order of parts in the zip (%s)', async (_, level) => {
    const reader = await readTable(await zipFile(`others-${level}.xlsx`, PARTS, level));
    expect(reader.header).toEqual(['名称', '日期', '数值']);
    const rows: [number, string[]][] = [];
    for await (const row of reader.rows) rows.push([row.rowNo, row.cells]);
    expect(rows).toEqual([
      [3, ['张江科技 ', '', '2024-03-05', '', '1234.5']],
      [4, ['a & b<c>', '2024-03-05 18:00:00', 'a & b!', 'TRUE', '#N/A']],
      [5, ['金桥', '2024-03-05', '0.3']],
      [9, ['第一行\r\n第二行', '', '']],
    ]);
  });

  it('refuses a workbook whose sheet part is missing', async () => {
    const { ['xl/worksheets/sheet2.xml']: _, ...parts } = PARTS;
    await expect(readTable(await zipFile('no-sheet.xlsx', parts))).rejects.toMatchObject({ code: 'TABLE_XLSX_INVALID' });
  });

  it('refuses a sheet that ends mid-tag', async () => {
    const parts = { ...PARTS, 'xl/worksheets/sheet2.xml': PARTS['xl/worksheets/sheet2.xml']!.slice(0, 400) };
    const error = await readTable(await zipFile('cut-sheet.xlsx', parts)).then(drain, (caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'TABLE_XLSX_INVALID' });
  });

  it('refuses a workbook with only a header row', async () => {
    const sheet = `<x:worksheet ${MAIN}><x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const parts = { ...PARTS, 'xl/worksheets/sheet2.xml': sheet };
    await expect(readTable(await zipFile('header-only.xlsx', parts))).rejects.toMatchObject({ code: 'TABLE_EMPTY' });
  });
});

/** Reads every row; returns the error that stopped it, or null. */
async function drain(reader: TableReader): Promise<unknown> {
  try {
    for await (const _ of reader.rows) {
      // read to the end
    }
    return null;
  } catch (error) {
    return error;
  }
}

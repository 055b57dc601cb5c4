import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './send-xlsx';
import { CellStyle, cellXml, columnName, escapeXml, sanitizeSheetNames, widthForHeader } from './xlsx-cells';

describe('cellXml', () => {
  it.each([
    ['text', '张江 & <b>', '<c r="A1" t="inlineStr"><is><t>张江 &amp; &lt;b&gt;</t></is></c>'],
    ['leading space preserved', ' a', '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a</t></is></c>'],
    ['number', 1.5, '<c r="A1"><v>1.5</v></c>'],
    ['boolean', true, '<c r="A1" t="b"><v>1</v></c>'],
    ['calendar day', '2024-03-05', '<c r="A1" s="2"><v>45356</v></c>'],
    ['not a real day stays text', '2024-02-30', '<c r="A1" t="inlineStr"><is><t>2024-02-30</t></is></c>'],
    ['instant on the Shanghai clock', new Date('2024-03-04T16:00:00Z'), '<c r="A1" s="3"><v>45356</v></c>'],
    ['ISO instant string', '2024-03-04T16:00:00.000Z', '<c r="A1" s="3"><v>45356</v></c>'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['empty string', '', ''],
    ['NaN', Number.NaN, ''],
    ['bigint', 12n, '<c r="A1"><v>12</v></c>'],
    ['object as JSON', { a: 1 }, '<c r="A1" t="inlineStr"><is><t>{&quot;a&quot;:1}</t></is></c>'],
  ])('%s', (_, value, xml) => {
    expect(cellXml('A1', value)).toBe(xml);
  });

  it('writes header cells bold and never as dates', () => {
    expect(cellXml('B1', '2024-03-05', CellStyle.Header)).toBe('<c r="B1" t="inlineStr" s="1"><is><t>2024-03-05</t></is></c>');
  });
});

describe('escapeXml', () => {
  it.each([
    ['plain 张江', 'plain 张江'],
    ['a\u0000b\u0008c\u000bd\u001fe\ufffff', 'abcdef'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['cr\r\n', 'cr&#13;\n'],
    ['lone \ud800 surrogate, pair 😀 kept', 'lone  surrogate, pair 😀 kept'],
    ['"quoted"', '&quot;quoted&quot;'],
    ['_x000D_ literal', '_x005F_x000D_ literal'],
  ])('%j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

describe('columnName', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('%i → %s', (index, name) => {
    expect(columnName(index)).toBe(name);
  });
});

describe('sanitizeSheetNames', () => {
  it.each([
    [['按街镇/社区统计'], ['按街镇_社区统计']],
    [['a[b]:c*d?e\\f'], ['a_b__c_d_e_f']],
    [["'quoted'"], ['quoted']],
    [['', '  '], ['Sheet1', 'Sheet2']],
    [['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三'], ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一']],
    [['清单', '清单', 'LIST', 'list'], ['清单', '清单 (2)', 'LIST', 'list (2)']],
    [['History'], ['History (2)']],
    [['😀'.repeat(20)], ['😀'.repeat(15)]],
  ])('%j → %j', (names, sanitized) => {
    expect(sanitizeSheetNames(names)).toEqual(sanitized);
  });
});

describe('widthForHeader', () => {
  it.each([
    ['id', 10],
    ['统一社会信用代码', 18],
    ['x'.repeat(100), 60],
  ])('%s → %i', (header, width) => {
    expect(widthForHeader(header)).toBe(width);
  });
});

describe('attachmentDisposition', () => {
  it.each([
    ['registry.xlsx', `attachment; filename="registry.xlsx"; filename*=UTF-8''registry.xlsx`],
    ['企业清单.xlsx', `attachment; filename="download.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A%E6%B8%85%E5%8D%95.xlsx`],
    ['企业清单-2024.xlsx', `attachment; filename="_-2024.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A%E6%B8%85%E5%8D%95-2024.xlsx`],
    [`a "b"(1)'*.xlsx`, `attachment; filename="a _b_(1)'*.xlsx"; filename*=UTF-8''a%20%22b%22%281%29%27%2A.xlsx`],
    ['x\r\nSet-Cookie: y.xlsx', `attachment; filename="x__Set-Cookie: y.xlsx"; filename*=UTF-8''x__Set-Cookie%3A%20y.xlsx`],
  ])('%j', (name, header) => {
    expect(attachmentDisposition(name)).toBe(header);
  });
});

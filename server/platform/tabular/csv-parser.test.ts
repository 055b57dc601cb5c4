import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRecord } from './csv-parser';
import { sniffDelimiter } from './sniff-delimiter';

function parse(text: string, delimiter = ',', pieces: string[] = [text]): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const out: CsvRecord[] = [];
  for (const piece of pieces) parser.push(piece, out);
  parser.end(out);
  return out;
}

const cases: [string, string, [number, string[]][]][] = [
  ['plain LF', 'a,b\n1,2\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['CRLF, no final newline', 'a,b\r\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['lone CR', 'a\r1\r', [[1, ['a']], [2, ['1']]]],
  ['quoted delimiter', '"x,y",z\n', [[1, ['x,y', 'z']]]],
  ['doubled quotes', '"say ""hi""",""\n', [[1, ['say "hi"', '']]]],
  ['newlines inside quotes are one row', '"l1\r\nl2\nl3",b\nnext,c\n', [[1, ['l1\r\nl2\nl3', 'b']], [2, ['next', 'c']]]],
  ['empty cells and a trailing delimiter', ',a,,\n', [[1, ['', 'a', '', '']]]],
  ['blank lines keep their row numbers', 'a\n\n\nb\n', [[1, ['a']], [2, ['']], [3, ['']], [4, ['b']]]],
  ['quote inside an unquoted cell is kept', 'ab"c,d\n', [[1, ['ab"c', 'd']]]],
  ['text after a closing quote is appended', '"ab"c,d\n', [[1, ['abc', 'd']]]],
  ['quoted cell at end of file', 'a,"b"', [[1, ['a', 'b']]]],
  ['Chinese text', '名称,地址\n张江,"浦东,祖冲之路"\n', [[1, ['名称', '地址']], [2, ['张江', '浦东,祖冲之路']]]],
];

describe('CsvParser', () => {
  it.each(cases)('%s', (_, text, expected) => {
    const records = parse(text).map((record) => [record.rowNo, record.cells]);
    expect(records).toEqual(expected);
  });

  it.each(cases)('%s: the same records however the text is cut into two chunks', (_, text) => {
    const whole = parse(text);
    for (let cut = 0; cut <= text.length; cut += 1) {
      expect(parse(text, ',', [text.slice(0, cut), '', text.slice(cut)])).toEqual(whole);
    }
  });

  it('reads one character at a time', () => {
    const text = '"a""b",c\r\n"x\r\ny",z\r\n';
    expect(parse(text, ',', [...text])).toEqual(parse(text));
  });

  it('uses the delimiter it is given', () => {
    expect(parse('a\tb;c\n', '\t')[0]!.cells).toEqual(['a', 'b;c']);
    expect(parse('a\tb;c\n', ';')[0]!.cells).toEqual(['a\tb', 'c']);
  });

  it('refuses a quote that never closes, naming the row it opened on', () => {
    expect(() => parse('a\n"b,c\nd\n')).toThrowError(expect.objectContaining({ code: 'TABLE_CSV_INVALID', details: expect.objectContaining({ rowNo: 2 }) }));
  });

  it('refuses a runaway record before it fills memory', () => {
    const parser = new CsvParser(',');
    const chunk = 'x'.repeat(64 * 1024);
    expect(() => {
      parser.push('a\n"', []);
      for (let i = 0; i < 20; i += 1) parser.push(chunk, []);
    }).toThrowError(expect.objectContaining({ code: 'TABLE_CSV_INVALID' }));
  });

  it('does not count whole chunks of many short records against the record limit', () => {
    const parser = new CsvParser(',');
    const out: CsvRecord[] = [];
    parser.push('a,b\n'.repeat(300_000), out);
    expect(out).toHaveLength(300_000);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['tab', 'a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['semicolon (European Excel)', 'a;b;c\n1;2,5;3\n', ';'],
    ['comma inside quotes does not count', '"a,b";c\n"1,2";3\n', ';'],
    ['single column', '名称\n张江\n', ','],
    ['rows with the header width win over a busier header', 'a,b;c;d\n1,2\n3,4\n', ','],
  ])('%s', (_, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

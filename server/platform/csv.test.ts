import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it.each([
    [['张江', 1, null], '"张江","1",""'],
    [['a "quoted" word', 'x,y', undefined], '"a ""quoted"" word","x,y",""'],
    [['=SUM(A1)', '+1', '-2', '@x'], `"'=SUM(A1)","'+1","'-2","'@x"`],
    [[new Date('2026-11-28T00:00:00Z'), { a: 1 }], '"2026-11-28T00:00:00.000Z","{""a"":1}"'],
  ])('renders %j', (row, line) => {
    expect(toCsv(['h'], [row])).toBe(`\uFEFF"h"\r\n${line}\r\n`);
  });
});

import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { CSV_CHUNK_BYTES } from './read-csv';
import { readTable } from './read-table';
import { chineseName, encodeGb18030, FOUR_BYTE_CHARS, random } from './test-support';

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('tabular-read-csv');
});
afterAll(async () => {
  await removeTempDir(dir);
});

const ROWS = 200_000;

/**
 * Writes a GB18030 CSV of Chinese names in which every read-chunk boundary falls inside a character: the row that
 * reaches a boundary gets a padding cell just long enough to put the boundary 1, 2 or 3 bytes into its name (a
 * four-byte character at every other boundary). Returns the rows written.
 */
async function writeSplitCsv(file: string): Promise<string[][]> {
  const next = random(20261128);
  const out = createWriteStream(file);
  const rows: string[][] = [];
  const header = encodeGb18030('填充,姓名,编号,备注\r\n');
  out.write(header);
  let offset = header.length;
  let boundary = CSV_CHUNK_BYTES;
  let splits = 0;
  let pending: Buffer[] = [];
  for (let i = 0; i < ROWS; i += 1) {
    let name = chineseName(next);
    const note = i % 97 === 0 ? `"含逗号,和""引号""\n换行"` : '无';
    let padding = 'x';
    if (boundary - offset <= 80) {
      const fourByte = splits % 2 === 1;
      if (fourByte) name = FOUR_BYTE_CHARS[splits % FOUR_BYTE_CHARS.length]! + name;
      const into = fourByte ? 1 + (splits % 3) : 1;
      // The name starts after the padding and its comma.
      padding = 'x'.repeat(boundary - offset - 1 - into);
      boundary += CSV_CHUNK_BYTES;
      splits += 1;
    }
    const line = encodeGb18030(`${padding},${name},${i + 1},${note}\r\n`);
    rows.push([padding, name, String(i + 1), note === '无' ? note : '含逗号,和"引号"\n换行']);
    pending.push(line);
    offset += line.length;
    if (pending.length === 1000) {
      out.write(Buffer.concat(pending));
      pending = [];
    }
  }
  out.end(Buffer.concat(pending));
  await finished(out);
  return rows;
}

describe('CSV at scale', () => {
  it(
    `reads ${ROWS} GB18030 rows with characters split at every chunk boundary, every value intact`,
    async () => {
      const file = path.join(dir, 'names.csv');
      const written = await writeSplitCsv(file);
      const bytes = await readFile(file);
      const decoder = new TextDecoder('gb18030', { fatal: true });
      let boundariesInsideCharacters = 0;
      for (let boundary = CSV_CHUNK_BYTES; boundary < bytes.length; boundary += CSV_CHUNK_BYTES) {
        // The line up to the boundary ends in a partial character exactly when the boundary splits one.
        const lineStart = bytes.lastIndexOf(0x0a, boundary - 1) + 1;
        if (!decodesAlone(decoder, bytes.subarray(lineStart, boundary))) boundariesInsideCharacters += 1;
      }
      const boundaries = Math.floor((bytes.length - 1) / CSV_CHUNK_BYTES);
      expect(boundariesInsideCharacters).toBe(boundaries);

      const reader = await readTable(file);
      expect([reader.format, reader.encoding, reader.header]).toEqual(['csv', 'gb18030', ['填充', '姓名', '编号', '备注']]);
      let index = 0;
      let mismatches = 0;
      let rowNo = 1;
      for await (const row of reader.rows) {
        rowNo += 1;
        if (row.rowNo !== rowNo || row.cells.join('\u0001') !== written[index]!.join('\u0001')) mismatches += 1;
        index += 1;
      }
      expect({ rows: index, mismatches }).toEqual({ rows: ROWS, mismatches: 0 });
    },
    120_000,
  );
});

function decodesAlone(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

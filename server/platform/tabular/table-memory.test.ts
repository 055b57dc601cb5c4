import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { readTable } from './read-table';
import { chineseName, collectGarbage, random } from './test-support';
import { writeXlsx } from './write-xlsx';

let dir: string;
beforeAll(async () => {
  dir = await createTempDir('tabular-memory');
});
afterAll(async () => {
  await removeTempDir(dir);
});

const ROWS = 300_000;
const LIMIT_MB = 64;

function* rows(): Generator<unknown[]> {
  const next = random(7);
  for (let i = 0; i < ROWS; i += 1) {
    yield [`${chineseName(next)}科技有限公司${i}`, `上海市浦东新区张江路${i % 999}号`, Math.floor(next() * 1e6), '2020-01-01'];
  }
}

/** Reads every row; returns the retained heap growth (MB) over the reader, measured after full collections. */
async function heapGrowthWhileReading(file: string): Promise<{ rows: number; growthMb: number }> {
  const reader = await readTable(file);
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let count = 0;
  for await (const row of reader.rows) {
    count += 1;
    if (count % 30_000 === 0 && row.cells.length > 0) {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { rows: count, growthMb: Math.round((peak - baseline) / 1e5) / 10 };
}

describe('memory stays flat while reading', () => {
  it(`${ROWS} CSV rows`, async () => {
    const file = path.join(dir, 'memory.csv');
    const out = createWriteStream(file);
    out.write('名称,地址,金额,日期\n');
    let batch = '';
    for (const row of rows()) {
      batch += `${row.join(',')}\n`;
      if (batch.length > 64 * 1024) {
        if (!out.write(batch)) await once(out, 'drain');
        batch = '';
      }
    }
    out.end(batch);
    await finished(out);
    const result = await heapGrowthWhileReading(file);
    console.info(`CSV ${ROWS} rows: retained heap growth ${result.growthMb} MB`);
    expect(result.rows).toBe(ROWS);
    expect(result.growthMb).toBeLessThan(LIMIT_MB);
  }, 120_000);

  it(`${ROWS} XLSX rows`, async () => {
    const file = path.join(dir, 'memory.xlsx');
    const columns = ['名称', '地址', '金额', '日期'].map((header) => ({ header }));
    await pipeline(writeXlsx([{ name: '清单', columns, rows: rows() }]), createWriteStream(file));
    const result = await heapGrowthWhileReading(file);
    console.info(`XLSX ${ROWS} rows: retained heap growth ${result.growthMb} MB`);
    expect(result.rows).toBe(ROWS);
    expect(result.growthMb).toBeLessThan(LIMIT_MB);
  }, 120_000);
});

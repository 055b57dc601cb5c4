/**
 * CSV 写出 — a streaming CSV writer in UTF-8 (with or without BOM) or GBK, CRLF line ends as Excel writes them,
 * fields quoted only when they must be. Rows are buffered in chunks and written with back-pressure, so a million
 * rows need little memory.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { SyntheticEncoding } from '../../../../core/registry/synthetic/index';
import { encodeGbk } from '../../../../scripts/registry/encode-gbk';

const CHUNK_ROWS = 2000;

export class CsvFileWriter {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  rows = 0;

  constructor(
    readonly path: string,
    private readonly encoding: SyntheticEncoding,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path);
    if (encoding === 'utf-8-bom') this.stream.write(Buffer.from([0xef, 0xbb, 0xbf]));
    this.pending.push(formatRow(header));
  }

  async write(values: readonly string[]): Promise<void> {
    this.pending.push(formatRow(values));
    this.rows += 1;
    if (this.pending.length >= CHUNK_ROWS) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    const bytes = this.encoding === 'gbk' ? encodeGbk(text) : Buffer.from(text, 'utf8');
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }
}

function formatRow(values: readonly string[]): string {
  return `${values.map(formatField).join(',')}\r\n`;
}

function formatField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

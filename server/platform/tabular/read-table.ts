import { open, stat } from 'node:fs/promises';
import { AppError, ErrorCode } from '../../../core/errors';
import { csvRowSource } from './read-csv';
import { xlsxRowSource } from './read-xlsx';
import type { RowSource } from './row-source';
import { emptyFile, headerOnly, sniffContent } from './sniff-content';
import type { ReadTableOptions, TableReader, TableRow } from './table-reader';

/** Enough text to tell the encoding and the delimiter apart, cheap to read twice. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * 读取表格 — opens a CSV or XLSX file for streaming, recognised by its content whatever its name. Before it
 * returns, everything that can be checked without reading the whole file is: size, format, encoding, a header
 * and at least one data row; so callers can refuse a bad upload before writing anything.
 */
export async function readTable(filePath: string, options: ReadTableOptions = {}): Promise<TableReader> {
  const { size: totalBytes } = await stat(filePath);
  if (options.maxBytes !== undefined && totalBytes > options.maxBytes) {
    throw new AppError(ErrorCode.TABLE_TOO_LARGE, { bytes: totalBytes, limit: options.maxBytes });
  }
  const sample = await readSample(filePath, Math.min(totalBytes, SAMPLE_BYTES));
  const sniffed = sniffContent(sample, sample.length === totalBytes);
  const source =
    sniffed.kind === 'zip' ? await xlsxRowSource(filePath, totalBytes) : csvRowSource(filePath, sniffed.encoding, sample);
  const header = await readHeader(source);
  // The header check above read part of the file; progress counts from the iteration of `rows` only.
  let isIterating = false;
  return {
    format: sniffed.kind === 'zip' ? 'xlsx' : 'csv',
    encoding: sniffed.kind === 'zip' ? null : sniffed.encoding,
    header: header.cells.map((cell) => cell.trim()),
    rows: {
      [Symbol.asyncIterator]: () => {
        isIterating = true;
        return dataRows(source, header.rowNo, header.cells.length);
      },
    },
    bytesRead: () => (isIterating ? source.bytesRead() : 0),
    totalBytes,
  };
}

async function readSample(filePath: string, length: number): Promise<Uint8Array> {
  const file = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The header, after checking that a data row follows it; the file is closed again. */
async function readHeader(source: RowSource): Promise<TableRow> {
  let header: TableRow | undefined;
  for await (const row of nonBlankRows(source)) {
    if (header) return header;
    header = row;
  }
  throw header ? headerOnly() : emptyFile();
}

async function* dataRows(source: RowSource, headerRowNo: number, width: number): AsyncGenerator<TableRow, void, undefined> {
  for await (const batch of source.open()) {
    for (const row of batch) {
      if (row.rowNo <= headerRowNo || isBlank(row.cells)) continue;
      while (row.cells.length < width) row.cells.push('');
      yield row;
    }
  }
}

async function* nonBlankRows(source: RowSource): AsyncGenerator<TableRow, void, undefined> {
  for await (const batch of source.open()) {
    for (const row of batch) if (!isBlank(row.cells)) yield row;
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

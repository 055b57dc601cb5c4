import { Readable } from 'node:stream';
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { CellStyle, cellXml, columnName, sanitizeSheetNames, widthForHeader } from './xlsx-cells';
import {
  contentTypesXml,
  rootRelationshipsXml,
  sheetHeadXml,
  sheetTailXml,
  stylesXml,
  workbookRelationshipsXml,
  workbookXml,
  type WrittenSheet,
} from './xlsx-templates';

/** 工作表 — one sheet of an export: its columns and its rows (from memory or streamed, e.g. from a cursor). */
export interface XlsxSheet {
  name: string;
  columns: { header: string; width?: number }[];
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>;
}

export interface WriteXlsxOptions {
  /** Rows per sheet, header included, before the rest continues on a sheet named "name (2)"; Excel's limit by default. */
  maxSheetRows?: number;
}

/** Excel's row limit per sheet. */
const EXCEL_MAX_ROWS = 1_048_576;

/** Text is deflated in pieces of this size: large enough for deflate, small enough to keep memory flat. */
const PIECE_BYTES = 256 * 1024;
/** Deflate level 1 compresses spreadsheet XML to within a few per cent of level 6 at a fraction of the time. */
const DEFLATE_LEVEL = 1;

/**
 * A zip entry deflated by Node's native zlib rather than fflate's JavaScript deflate (several times slower on a
 * million rows). Each piece is deflated on its own and ends with a sync flush, the last with the final block, so
 * the pieces concatenate into one valid deflate stream; fflate keeps the CRC, the sizes and the zip framing.
 */
class NativeZipDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(chunk, { level: DEFLATE_LEVEL, finishFlush: flush }), final);
  }
}

/** Compressed bytes kept ready for the consumer before rows stop being pulled. */
const OUTPUT_BUFFER_BYTES = 256 * 1024;

class Aborted extends Error {}

/**
 * 导出 Excel — an XLSX file as a stream, in constant memory: rows are pulled from each sheet's iterable only as
 * fast as the consumer reads, written as inline strings (no shared-string table), and deflated on the way. Each
 * sheet has a bold, frozen header row with an autofilter. Destroying the stream (a client that went away) stops
 * the pulling and closes the row iterators.
 */
export function writeXlsx(sheets: readonly XlsxSheet[], options: WriteXlsxOptions = {}): Readable {
  const maxSheetRows = options.maxSheetRows ?? EXCEL_MAX_ROWS;
  const written: XlsxSheet[] = sheets.length > 0 ? [...sheets] : [{ name: 'Sheet1', columns: [], rows: [] }];
  let resume: (() => void) | null = null;
  const wake = (): void => {
    const waiting = resume;
    resume = null;
    waiting?.();
  };
  const output = new Readable({
    highWaterMark: OUTPUT_BUFFER_BYTES,
    read: wake,
    destroy(error, callback) {
      wake();
      callback(error);
    },
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) return void output.destroy(error);
    if (output.destroyed) return;
    output.push(chunk);
    if (final) output.push(null);
  });

  /** Waits while the consumer has enough buffered; throws once it has gone away. */
  async function backpressure(): Promise<void> {
    while (!output.destroyed && output.readableLength >= output.readableHighWaterMark) {
      await new Promise<void>((resolve) => (resume = resolve));
    }
    if (output.destroyed) throw new Aborted();
  }

  function openPart(name: string) {
    const file = new NativeZipDeflate(name);
    zip.add(file);
    // Each row's text is encoded straight into one buffer: concatenating rows into one long string first and
    // encoding that is several times slower (V8 must flatten the string). Deflate copies what it keeps.
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    let used = 0;
    const flush = (final: boolean): void => {
      file.push(buffer.subarray(0, used), final);
      used = 0;
    };
    return {
      /** Returns a promise only when a piece went out and the consumer may need time to catch up. */
      write(text: string): Promise<void> | undefined {
        // A UTF-16 unit never needs more than 3 bytes of UTF-8.
        if (used + text.length * 3 > PIECE_BYTES) {
          if (used > 0) flush(false);
          if (text.length * 3 > PIECE_BYTES) file.push(Buffer.from(text, 'utf8'));
          else used = buffer.write(text, 0, 'utf8');
          return backpressure();
        }
        used += buffer.write(text, used, 'utf8');
        return undefined;
      },
      end(): void {
        flush(true);
      },
    };
  }

  async function writeStatic(name: string, xml: string): Promise<void> {
    const part = openPart(name);
    await part.write(xml);
    part.end();
  }

  async function produce(): Promise<void> {
    // The package relationships and an xl/ part first, as file-type sniffers expect; the workbook and the content
    // types after the sheets, when the number of sheet parts and their filter ranges are known (readers find
    // entries through the zip's central directory, so their order does not matter to them).
    await writeStatic('_rels/.rels', rootRelationshipsXml());
    await writeStatic('xl/styles.xml', stylesXml());
    const parts: WrittenSheet[] = [];
    for (const sheet of written) {
      await writeSheet(sheet, maxSheetRows, () => {
        const part: WrittenSheet = { name: sheet.name, filterRange: null };
        parts.push(part);
        return { ...openPart(`xl/worksheets/sheet${parts.length}.xml`), isFirst: parts.length === 1, written: part };
      });
    }
    // A continuation sheet has its sheet's name; making names unique turns it into "name (2)".
    const names = sanitizeSheetNames(parts.map((part) => part.name));
    await writeStatic('xl/workbook.xml', workbookXml(parts.map((part, i) => ({ ...part, name: names[i]! }))));
    await writeStatic('xl/_rels/workbook.xml.rels', workbookRelationshipsXml(parts.length));
    await writeStatic('[Content_Types].xml', contentTypesXml(parts.length));
    zip.end();
  }

  void produce().catch((error: unknown) => {
    if (!(error instanceof Aborted)) output.destroy(error as Error);
  });
  return output;
}

interface SheetPart {
  write(text: string): Promise<void> | undefined;
  end(): void;
  isFirst: boolean;
  written: WrittenSheet;
}

/** Streams one sheet's rows, over as many sheet parts as Excel's row limit needs. */
async function writeSheet(sheet: XlsxSheet, maxRows: number, openSheetPart: () => SheetPart): Promise<void> {
  const width = sheet.columns.length;
  const widths = sheet.columns.map((column) => column.width ?? widthForHeader(column.header));
  const headers = sheet.columns.map((column) => column.header);
  const letters = Array.from({ length: width }, (_, i) => columnName(i));
  let part = openSheetPart();
  let rowNo = 1;
  await part.write(sheetHeadXml(widths, part.isFirst));
  await part.write(rowXml(1, letters, headers, CellStyle.Header));

  const finishPart = async (): Promise<void> => {
    part.written.filterRange = width > 0 ? `A1:${letters[width - 1]}${rowNo}` : null;
    await part.write(sheetTailXml(part.written.filterRange));
    part.end();
  };

  for await (const batch of batchesOf(sheet.rows)) {
    for (const row of batch) {
      if (rowNo === maxRows) {
        await finishPart();
        part = openSheetPart();
        rowNo = 1;
        await part.write(sheetHeadXml(widths, false));
        await part.write(rowXml(1, letters, headers, CellStyle.Header));
      }
      rowNo += 1;
      // Cells beyond the declared columns are written too; they just have no header.
      while (letters.length < row.length) letters.push(columnName(letters.length));
      const wait = part.write(rowXml(rowNo, letters, row, CellStyle.Normal));
      if (wait) await wait;
    }
  }
  await finishPart();
}

function rowXml(rowNo: number, letters: readonly string[], values: readonly unknown[], style: CellStyle): string {
  let cells = '';
  for (let i = 0; i < values.length; i += 1) cells += cellXml(`${letters[i]}${rowNo}`, values[i], style);
  return `<row r="${rowNo}">${cells}</row>`;
}

/**
 * Sync iterables are walked without an await per row (a million rows would otherwise cost a million microtask
 * turns); `return` is called on early exit either way, which closes a database cursor behind the iterable.
 */
async function* batchesOf<T>(rows: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T[], void, undefined> {
  if (Symbol.asyncIterator in rows) {
    for await (const row of rows) yield [row];
    return;
  }
  yield* batches(rows);
}

function* batches<T>(rows: Iterable<T>): Generator<T[], void, undefined> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === 500) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

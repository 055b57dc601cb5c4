import { AppError, ErrorCode } from '../../../core/errors';

/** A parsed CSV record and the spreadsheet row it starts on (a record with newlines in quotes is one row). */
export interface CsvRecord {
  rowNo: number;
  cells: string[];
}

/** A quoted cell that never closes would otherwise swallow the rest of the file into memory. */
const MAX_RECORD_CHARS = 1 << 20;
/** Excel's column limit; more cells than this means the delimiter was wrong or the file is not a table. */
const MAX_CELLS = 16_384;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted cell: either the closing quote or the first of a doubled pair. */
  QuoteInQuoted,
}

/**
 * RFC 4180 CSV, fed text in chunks of any size (a record, a doubled quote or a CRLF may straddle two chunks).
 * Lenient where spreadsheets are: a quote inside an unquoted cell is kept, text after a closing quote is appended,
 * lone CR, LF and CRLF all end a record. Every record is returned, blank lines too (the reader skips them).
 */
export class CsvParser {
  private readonly delimiter: number;
  private state = State.FieldStart;
  private cells: string[] = [];
  /** The part of the current cell taken from earlier chunks (or before a doubled quote). */
  private carry = '';
  private recordChars = 0;
  private rowNo = 1;
  private skipLf = false;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The row the record being read starts on. */
  get currentRowNo(): number {
    return this.rowNo;
  }

  push(text: string, out: CsvRecord[]): void {
    const length = text.length;
    if (length === 0) return;
    let i = 0;
    if (this.skipLf) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    let start = i;
    let recordStart = i;
    while (i < length) {
      const code = text.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (code === QUOTE) {
            this.state = State.Quoted;
            start = i + 1;
            i += 1;
            continue;
          }
          this.state = State.Unquoted;
          start = i;
          break;
        case State.Unquoted:
          break;
        case State.Quoted: {
          const quote = text.indexOf('"', i);
          if (quote === -1) {
            i = length;
            continue;
          }
          this.carry += text.slice(start, quote);
          this.state = State.QuoteInQuoted;
          i = quote + 1;
          start = i;
          continue;
        }
        case State.QuoteInQuoted:
          if (code === QUOTE) {
            this.carry += '"';
            this.state = State.Quoted;
            i += 1;
            start = i;
            continue;
          }
          // The quote closed the cell; anything before the delimiter is kept as written.
          this.state = State.Unquoted;
          start = i;
          break;
      }
      // Unquoted (or just left a quoted cell): look for the end of the cell.
      if (code === this.delimiter) {
        this.endCell(text.slice(start, i));
        this.state = State.FieldStart;
        i += 1;
        start = i;
      } else if (code === LF || code === CR) {
        this.endCell(text.slice(start, i));
        this.endRecord(out);
        i += 1;
        if (code === CR) {
          if (i === length) this.skipLf = true;
          else if (text.charCodeAt(i) === LF) i += 1;
        }
        start = i;
        recordStart = i;
      } else {
        i += 1;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.carry += text.slice(start, length);
    this.recordChars += length - recordStart;
    if (this.recordChars > MAX_RECORD_CHARS) throw this.runaway();
  }

  /** Ends the input: returns the last record if the file does not end with a newline. */
  end(out: CsvRecord[]): void {
    if (this.state === State.Quoted) throw this.runaway();
    if (this.state !== State.FieldStart || this.cells.length > 0) {
      this.endCell('');
      this.endRecord(out);
    }
  }

  private endCell(tail: string): void {
    this.cells.push(this.carry === '' ? tail : this.carry + tail);
    this.carry = '';
    if (this.cells.length > MAX_CELLS) {
      throw new AppError(ErrorCode.TABLE_CSV_INVALID, {
        rowNo: this.rowNo,
        reasonZh: `超过 ${MAX_CELLS} 列`,
        reasonEn: `more than ${MAX_CELLS} columns`,
      });
    }
  }

  private endRecord(out: CsvRecord[]): void {
    out.push({ rowNo: this.rowNo, cells: this.cells });
    this.cells = [];
    this.state = State.FieldStart;
    this.recordChars = 0;
    this.rowNo += 1;
  }

  private runaway(): AppError {
    return new AppError(ErrorCode.TABLE_CSV_INVALID, {
      rowNo: this.rowNo,
      reasonZh: `引号没有闭合，或一行超过 ${MAX_RECORD_CHARS} 个字符`,
      reasonEn: `a quote is never closed, or the row is longer than ${MAX_RECORD_CHARS} characters`,
    });
  }
}

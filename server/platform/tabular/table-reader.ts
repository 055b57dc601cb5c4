/** 表格文件 — the formats a table upload may come in. */
export type TableFormat = 'csv' | 'xlsx';

/** One data row of a table: its row number as a spreadsheet shows it (header = row 1 in a plain file). */
export interface TableRow {
  rowNo: number;
  /** Cell texts, padded with '' to the header's width; a row may carry more cells than the header. */
  cells: string[];
}

/**
 * 表格读取器 — a table file opened for streaming. `rows` opens the file when iterated (and again on each new
 * iteration) and closes it when the loop ends or breaks, so a reader that is never iterated holds nothing open.
 * Rows whose cells are all empty are skipped; their numbers are skipped with them.
 */
export interface TableReader {
  format: TableFormat;
  /** Text encoding of a CSV ('utf-8', 'gb18030', 'utf-16le', 'utf-16be'); null for XLSX. */
  encoding: string | null;
  /** The first non-empty row, each cell trimmed. */
  header: string[];
  rows: AsyncIterable<TableRow>;
  /** How far the current iteration has got through the file, for progress; reaches totalBytes at the end. */
  bytesRead(): number;
  totalBytes: number;
}

export interface ReadTableOptions {
  /** Files larger than this are refused with TABLE_TOO_LARGE before anything is read. */
  maxBytes?: number;
}

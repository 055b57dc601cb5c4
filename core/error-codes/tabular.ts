/** 表格文件的错误 — CSV and XLSX files that cannot be read as a table. Merged into the one catalogue of core/errors.ts. */
import type { ErrorSpec } from './error-spec';

export const tableErrors = {
  /** A table file (CSV or XLSX) is empty, or has a header but no data row. */
  TABLE_EMPTY: { status: 400, zh: '文件没有数据：{reasonZh}', en: 'The file has no data: {reasonEn}' },
  /** An uploaded table is neither CSV text nor XLSX; names what it looks like (a PDF, an image, a .xls …). */
  TABLE_FORMAT_UNKNOWN: {
    status: 400,
    zh: '无法读取该文件：它看起来是{kindZh}，请上传 CSV 或 XLSX 文件',
    en: 'Cannot read this file: it looks like {kindEn}; upload a CSV or XLSX file',
  },
  /** A table file is larger than the limit of the caller. */
  TABLE_TOO_LARGE: {
    status: 413,
    zh: '文件过大（{bytes} 字节，上限 {limit} 字节）',
    en: 'The file is too large ({bytes} bytes; the limit is {limit} bytes)',
  },
  /** A CSV file's text is neither UTF-8 nor GBK/GB18030 (nor UTF-16 with a BOM). */
  TABLE_ENCODING_UNKNOWN: {
    status: 400,
    zh: '无法识别文件的文字编码（支持 UTF-8、GBK/GB18030），请另存为 UTF-8 编码的 CSV',
    en: 'Unrecognised text encoding (UTF-8 and GBK/GB18030 are supported); save the file as UTF-8 CSV',
  },
  /** A CSV file changes encoding part-way: bytes near a row are not valid in the encoding detected at its start. */
  TABLE_ENCODING_INVALID: {
    status: 400,
    zh: '第 {rowNo} 行附近的内容不是有效的 {encoding} 编码，请将整个文件另存为 UTF-8 编码的 CSV',
    en: 'The text near row {rowNo} is not valid {encoding}; save the whole file as UTF-8 CSV',
  },
  /** A CSV record cannot be parsed: an unclosed quote runs on, or a record is longer than the limit. */
  TABLE_CSV_INVALID: { status: 400, zh: 'CSV 第 {rowNo} 行有误：{reasonZh}', en: 'CSV row {rowNo} is malformed: {reasonEn}' },
  /** An XLSX file is damaged, truncated or lacks a part a workbook needs; names the part or problem. */
  TABLE_XLSX_INVALID: {
    status: 400,
    zh: 'Excel 文件已损坏或不完整：{reason}',
    en: 'The Excel file is damaged or incomplete: {reason}',
  },
} as const satisfies Record<string, ErrorSpec>;

/** 表格 — reading uploaded CSV/XLSX tables as streams, and writing Excel exports in constant memory. */
export { readTable } from './read-table';
export type { ReadTableOptions, TableFormat, TableReader, TableRow } from './table-reader';
export { writeXlsx, type WriteXlsxOptions, type XlsxSheet } from './write-xlsx';
export { attachmentDisposition, sendXlsx, XLSX_CONTENT_TYPE } from './send-xlsx';

/**
 * .dbf 读取 — the attribute table of a Shapefile (dBASE III): a header, field descriptors, then fixed-width records.
 * Text is decoded with the encoding the .cpg file names (UTF-8, GBK/936, GB18030…), else the dBASE language driver
 * byte (0x4D = GB2312/936), else UTF-8 when the bytes are valid UTF-8 and GBK otherwise: Chinese GIS exports are
 * often GBK without saying so. Node's TextDecoder knows gbk and gb18030 (full ICU).
 */
import { AppError } from '../../../../core/errors';

export type DbfValue = string | number | boolean | null;

export interface DbfTable {
  readonly fields: readonly string[];
  readonly records: readonly Record<string, DbfValue>[];
  readonly encoding: string;
}

const GBK_DRIVERS = new Set([0x4d, 0x7a]);

export function readDbf(bytes: Uint8Array, cpg?: string): DbfTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 32) throw invalid('the .dbf file is too short');
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields: Array<{ name: string; type: string; length: number; offset: number }> = [];
  let offset = 1;
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const name = latin(bytes.subarray(at, at + 11)).replace(/\0.*$/s, '').trim();
    const type = String.fromCharCode(bytes[at + 11]!);
    const length = bytes[at + 16]!;
    fields.push({ name, type, length, offset });
    offset += length;
  }
  const encoding = pickEncoding(cpg, bytes[29]!, bytes, headerLength, recordLength * count);
  const decoder = new TextDecoder(encoding);
  const records: Record<string, DbfValue>[] = [];
  for (let r = 0; r < count; r++) {
    const start = headerLength + r * recordLength;
    if (start + recordLength > bytes.byteLength) throw invalid(`record ${r + 1} runs past the end of the .dbf file`);
    const record: Record<string, DbfValue> = {};
    for (const field of fields) {
      const raw = bytes.subarray(start + field.offset, start + field.offset + field.length);
      record[field.name] = readValue(field.type, raw, decoder);
    }
    // A deleted record (flag '*') keeps its slot so that record i still pairs with shape i.
    records.push(record);
  }
  return { fields: fields.map((f) => f.name), records, encoding };
}

function readValue(type: string, raw: Uint8Array, decoder: TextDecoder): DbfValue {
  switch (type) {
    case 'N':
    case 'F': {
      const text = latin(raw).trim();
      if (text === '' || /^\*+$/.test(text)) return null;
      const value = Number(text);
      return Number.isFinite(value) ? value : null;
    }
    case 'L': {
      const c = latin(raw).trim().toUpperCase();
      return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
    }
    case 'D': {
      const text = latin(raw).trim();
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null;
    }
    default: {
      const text = decoder.decode(raw).replace(/\0+$/, '').trim();
      return text === '' ? null : text;
    }
  }
}

function pickEncoding(cpg: string | undefined, driver: number, bytes: Uint8Array, from: number, length: number): string {
  const named = cpg?.trim().toLowerCase();
  if (named) {
    if (/^(utf-?8|65001)$/.test(named)) return 'utf-8';
    if (/^(gbk|cp936|936|gb2312|ansi 936|windows-936)$/.test(named)) return 'gbk';
    if (/^gb18030$/.test(named)) return 'gb18030';
    try {
      return new TextDecoder(named).encoding;
    } catch {
      throw invalid(`the .cpg file names an unknown encoding "${cpg!.trim()}"`);
    }
  }
  if (GBK_DRIVERS.has(driver)) return 'gbk';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, from + length));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

function latin(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function invalid(reason: string): AppError {
  return new AppError('TERRITORY_IMPORT_INVALID', { layer: '-', count: 1, first: reason, report: null });
}

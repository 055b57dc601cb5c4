import { AppError, ErrorCode } from '../../../core/errors';

/** Text encodings a CSV may come in; names as TextDecoder knows them. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type SniffedContent = { kind: 'zip' } | { kind: 'text'; encoding: TextEncodingName };

interface Signature {
  bytes: readonly (number | null)[];
  kindZh: string;
  kindEn: string;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Files people upload by mistake, told apart by their first bytes (null = any byte). */
const SIGNATURES: readonly Signature[] = [
  { bytes: ascii('%PDF-'), kindZh: ' PDF 文件', kindEn: 'a PDF file' },
  { bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], kindZh: ' PNG 图片', kindEn: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kindZh: ' JPEG 图片', kindEn: 'a JPEG image' },
  { bytes: ascii('GIF8'), kindZh: ' GIF 图片', kindEn: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], kindZh: ' WebP 图片', kindEn: 'a WebP image' },
  {
    // OLE compound file: Excel 97-2003 workbooks, and password-protected .xlsx files too.
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kindZh: ' Excel 97-2003 工作簿（.xls）或加密的 Office 文件，请在 Excel 中另存为 .xlsx',
    kindEn: 'an Excel 97-2003 workbook (.xls) or an encrypted Office file; save it as .xlsx in Excel',
  },
  { bytes: ascii('Rar!'), kindZh: ' RAR 压缩包', kindEn: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kindZh: ' 7z 压缩包', kindEn: 'a 7z archive' },
  { bytes: [0x1f, 0x8b], kindZh: ' gzip 压缩文件', kindEn: 'a gzip file' },
  { bytes: ascii('{\\rtf'), kindZh: ' RTF 文档', kindEn: 'an RTF document' },
];

const ZIP_SIGNATURES = [ascii('PK\x03\x04'), ascii('PK\x05\x06')];

/** Web pages saved with a .xls name are a common "Excel export" of older systems. */
const MARKUP_START = /^\s*<(?:!doctype\s+html|html|table|\?xml)/i;

/**
 * 格式识别 — decides from a file's first bytes (never its name) whether it is a zip (maybe XLSX) or text, and in
 * which encoding; throws TABLE_EMPTY, TABLE_FORMAT_UNKNOWN or TABLE_ENCODING_UNKNOWN otherwise. `isWholeFile`
 * says whether the sample ends where the file ends (so a cut multi-byte character at its end is an error).
 */
export function sniffContent(sample: Uint8Array, isWholeFile: boolean): SniffedContent {
  if (sample.length === 0) throw emptyFile();
  if (ZIP_SIGNATURES.some((signature) => startsWith(sample, signature))) return { kind: 'zip' };
  const known = SIGNATURES.find((signature) => startsWith(sample, signature.bytes));
  if (known) throw formatUnknown(known.kindZh, known.kindEn);

  const encoding = detectEncoding(sample, isWholeFile);
  const text = new TextDecoder(encoding).decode(sample.subarray(0, 4096));
  if (MARKUP_START.test(text.replace(/^\uFEFF/, ''))) {
    throw formatUnknown('网页（HTML）或 XML 文件（有些系统把网页表格存为 .xls）', 'a web page (HTML) or XML file (some systems save web tables as .xls)');
  }
  if (hasManyControlCharacters(text)) throw binaryFile();
  return { kind: 'text', encoding };
}

function detectEncoding(sample: Uint8Array, isWholeFile: boolean): TextEncodingName {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(sample, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(sample, [0xfe, 0xff])) return 'utf-16be';
  if (sample.includes(0)) return detectUtf16WithoutBom(sample) ?? throwBinary();
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    if (decodesCleanly(sample, encoding, isWholeFile)) return encoding;
  }
  // Mostly plain ASCII yet invalid in both: text in an encoding we do not read (Big5, Shift-JIS, Latin-1 …).
  if (printableAsciiShare(sample) >= 0.8) throw new AppError(ErrorCode.TABLE_ENCODING_UNKNOWN);
  throw binaryFile();
}

/** UTF-16 without a BOM: every other byte is NUL while the text is mostly ASCII (headers, digits, punctuation). */
function detectUtf16WithoutBom(sample: Uint8Array): TextEncodingName | null {
  const length = Math.min(sample.length, 4096) & ~1;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) evenNuls += 1;
    if (sample[i + 1] === 0) oddNuls += 1;
  }
  const pairs = length / 2;
  if (pairs === 0) return null;
  if (oddNuls / pairs > 0.3 && evenNuls === 0) return 'utf-16le';
  if (evenNuls / pairs > 0.3 && oddNuls === 0) return 'utf-16be';
  return null;
}

function decodesCleanly(sample: Uint8Array, encoding: TextEncodingName, isWholeFile: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: !isWholeFile });
    return true;
  } catch {
    return false;
  }
}

function hasManyControlCharacters(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls += 1;
  }
  return controls > text.length / 100;
}

function printableAsciiShare(sample: Uint8Array): number {
  let printable = 0;
  for (const byte of sample) if ((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d) printable += 1;
  return printable / sample.length;
}

function startsWith(bytes: Uint8Array, prefix: readonly (number | null)[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => byte === null || bytes[i] === byte);
}

export function formatUnknown(kindZh: string, kindEn: string): AppError {
  return new AppError(ErrorCode.TABLE_FORMAT_UNKNOWN, { kindZh, kindEn });
}

function binaryFile(): AppError {
  return formatUnknown('二进制文件（不是文本表格）', 'a binary file (not a text table)');
}

function throwBinary(): never {
  throw binaryFile();
}

export function emptyFile(): AppError {
  return new AppError(ErrorCode.TABLE_EMPTY, { reasonZh: '文件是空的', reasonEn: 'the file is empty' });
}

export function headerOnly(): AppError {
  return new AppError(ErrorCode.TABLE_EMPTY, { reasonZh: '只有表头，没有数据行', reasonEn: 'it has a header but no data rows' });
}

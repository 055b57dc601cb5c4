import path from 'node:path';
import { dateKindOfFormat, type DateKind } from './xlsx-dates';
import { decodeOoxmlEscapes, decodeXmlText, readAttributes, XmlTokenizer, type XmlHandler } from './xml-tokenizer';
import { damaged } from './zip-archive';

/** Feeds a part's UTF-8 bytes, in whatever chunks they come, to a handler. */
export async function feedXml(chunks: AsyncIterable<Buffer>, handler: XmlHandler, partName: string): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const tokenizer = new XmlTokenizer(handler);
  for await (const chunk of chunks) tokenizer.push(decoder.decode(chunk, { stream: true }));
  tokenizer.push(decoder.decode());
  if (!tokenizer.end()) throw damaged(`${partName} is truncated`);
}

/** Handler with no-op defaults, so each part below names only the events it needs. */
function handler(parts: Partial<XmlHandler>): XmlHandler {
  return { open: () => undefined, close: () => undefined, text: () => undefined, ...parts };
}

export interface Relationship {
  type: string;
  /** Zip entry name the relationship points at. */
  target: string;
}

/** A .rels part: relationship id → type (last segment of the type URI) and resolved entry name. */
export async function parseRelationships(chunks: AsyncIterable<Buffer>, partName: string): Promise<Map<string, Relationship>> {
  // Targets are relative to the folder of the part the .rels file belongs to (the parent of `_rels/`).
  const baseDir = path.posix.dirname(path.posix.dirname(partName));
  const relationships = new Map<string, Relationship>();
  await feedXml(
    chunks,
    handler({
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const { Id, Type, Target, TargetMode } = readAttributes(attributes);
        if (!Id || !Type || !Target || TargetMode === 'External') return;
        const target = Target.startsWith('/') ? Target.slice(1) : path.posix.normalize(path.posix.join(baseDir, Target));
        relationships.set(Id, { type: Type.slice(Type.lastIndexOf('/') + 1), target });
      },
    }),
    partName,
  );
  return relationships;
}

/** The .rels part that belongs to a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(partName: string): string {
  return path.posix.join(path.posix.dirname(partName), '_rels', `${path.posix.basename(partName)}.rels`);
}

export interface WorkbookSheet {
  name: string;
  relationshipId: string;
  isHidden: boolean;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  /** Mac Excel's old date system: serials count from 1904-01-01. */
  isDate1904: boolean;
}

export async function parseWorkbook(chunks: AsyncIterable<Buffer>, partName: string): Promise<Workbook> {
  const workbook: Workbook = { sheets: [], isDate1904: false };
  await feedXml(
    chunks,
    handler({
      open(name, attributes) {
        if (name === 'workbookPr') {
          const { date1904 } = readAttributes(attributes);
          workbook.isDate1904 = date1904 === '1' || date1904 === 'true';
        } else if (name === 'sheet') {
          const { name: sheetName, id, state } = readAttributes(attributes);
          if (id) workbook.sheets.push({ name: sheetName ?? '', relationshipId: id, isHidden: state !== undefined && state !== 'visible' });
        }
      },
    }),
    partName,
  );
  return workbook;
}

/** For each cell style index (the `s` of a cell), whether numbers in it show as a date. */
export async function parseDateStyles(chunks: AsyncIterable<Buffer>, partName: string): Promise<(DateKind | null)[]> {
  const formatCodes = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await feedXml(
    chunks,
    handler({
      open(name, attributes, isSelfClosing) {
        if (name === 'numFmt') {
          const { numFmtId, formatCode } = readAttributes(attributes);
          if (numFmtId !== undefined && formatCode !== undefined) formatCodes.set(Number(numFmtId), formatCode);
        } else if (name === 'cellXfs') {
          inCellXfs = !isSelfClosing;
        } else if (name === 'xf' && inCellXfs) {
          styleFormats.push(Number(readAttributes(attributes).numFmtId ?? 0));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    }),
    partName,
  );
  return styleFormats.map((id) => dateKindOfFormat(id, formatCodes.get(id)));
}

/** A zip bomb in sharedStrings.xml must not exhaust memory: far above any real workbook's strings. */
const MAX_SHARED_STRING_CHARS = 256 * 1024 * 1024;

/** The shared string table; rich-text runs are joined, phonetic guides (rPh) left out. */
export async function parseSharedStrings(chunks: AsyncIterable<Buffer>, partName: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let isInText = false;
  let phoneticDepth = 0;
  let totalChars = 0;
  await feedXml(
    chunks,
    handler({
      open(name, _attributes, isSelfClosing) {
        if (name === 'si') current = '';
        else if (name === 'rPh' && !isSelfClosing) phoneticDepth += 1;
        else if (name === 't' && !isSelfClosing && phoneticDepth === 0) isInText = true;
      },
      close(name) {
        if (name === 't') isInText = false;
        else if (name === 'rPh') phoneticDepth -= 1;
        else if (name === 'si') {
          strings.push(decodeOoxmlEscapes(current));
          totalChars += current.length;
          if (totalChars > MAX_SHARED_STRING_CHARS) throw damaged(`${partName} is implausibly large`);
        }
      },
      text(value, isEncoded) {
        if (isInText) current += isEncoded ? decodeXmlText(value) : value;
      },
    }),
    partName,
  );
  return strings;
}

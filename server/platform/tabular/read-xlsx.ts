import { open, type FileHandle } from 'node:fs/promises';
import type { AppError } from '../../../core/errors';
import type { RowSource } from './row-source';
import { formatUnknown } from './sniff-content';
import type { TableRow } from './table-reader';
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbook, relationshipsPartOf } from './xlsx-parts';
import { SheetRowCollector, type SheetContext } from './xlsx-sheet';
import { XmlTokenizer } from './xml-tokenizer';
import { damaged, readZipDirectory, readZipEntry, type ZipEntry } from './zip-archive';

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** Zips that are not workbooks, named after a part only they have. */
const OTHER_ZIPS: readonly { part: string; kindZh: string; kindEn: string }[] = [
  { part: 'xl/workbook.bin', kindZh: ' Excel 二进制工作簿（.xlsb），请另存为 .xlsx', kindEn: 'an Excel binary workbook (.xlsb); save it as .xlsx' },
  { part: 'word/document.xml', kindZh: ' Word 文档（.docx）', kindEn: 'a Word document (.docx)' },
  { part: 'ppt/presentation.xml', kindZh: ' PowerPoint 演示文稿（.pptx）', kindEn: 'a PowerPoint presentation (.pptx)' },
  { part: 'content.xml', kindZh: ' OpenDocument 文件（.ods/.odt），请另存为 .xlsx', kindEn: 'an OpenDocument file (.ods/.odt); save it as .xlsx' },
];

/**
 * XLSX rows. The zip's central directory is read first, so the workbook, its relationships, the styles and the
 * shared strings are inflated before the sheet whatever order the archive stores them in; then the first visible
 * worksheet streams through the tokenizer. Memory holds the shared strings and one chunk of the sheet.
 */
export async function xlsxRowSource(filePath: string, totalBytes: number): Promise<RowSource> {
  const { sheet, context } = await withFile(filePath, (file) => openWorkbook(filePath, file, totalBytes));
  let position = 0;

  async function* openRows(): AsyncGenerator<TableRow[], void, undefined> {
    // Everything but the sheet was read before; progress runs over the sheet's compressed bytes.
    position = totalBytes - sheet.compressedSize;
    const file = await open(filePath, 'r');
    try {
      const collector = new SheetRowCollector(context);
      const tokenizer = new XmlTokenizer(collector);
      const decoder = new TextDecoder('utf-8');
      for await (const chunk of readZipEntry(filePath, file, sheet, (bytes) => (position += bytes))) {
        tokenizer.push(decoder.decode(chunk, { stream: true }));
        yield takeRows(collector);
      }
      tokenizer.push(decoder.decode());
      if (!tokenizer.end()) throw damaged(`${sheet.name} is truncated`);
      yield takeRows(collector);
      position = totalBytes;
    } finally {
      await file.close();
    }
  }

  return { open: openRows, bytesRead: () => position };
}

/** Finds the first visible worksheet and reads what its cells refer to: shared strings, date styles, date system. */
async function openWorkbook(
  filePath: string,
  file: FileHandle,
  totalBytes: number,
): Promise<{ sheet: ZipEntry; context: SheetContext }> {
  const directory = await readZipDirectory(file, totalBytes);
  if (!directory) throw formatUnknown('损坏或不完整的 ZIP 压缩文件', 'a damaged or incomplete zip file');
  const entries = new Map(directory.map((entry) => [normalizeName(entry.name), entry]));
  const part = (name: string): AsyncIterable<Buffer> => readZipEntry(filePath, file, entries.get(normalizeName(name))!);

  const rootRels = entries.has('_rels/.rels') ? await parseRelationships(part('_rels/.rels'), '_rels/.rels') : new Map();
  const workbookPart = [...rootRels.values()].find((rel) => rel.type === 'officeDocument')?.target ?? DEFAULT_WORKBOOK;
  if (!entries.has(normalizeName(workbookPart))) throw describeOtherZip(entries);
  const workbook = await parseWorkbook(part(workbookPart), workbookPart);
  const relsPart = relationshipsPartOf(workbookPart);
  if (!entries.has(normalizeName(relsPart))) throw damaged(`${relsPart} is missing`);
  const rels = await parseRelationships(part(relsPart), relsPart);

  const worksheets = workbook.sheets.filter((item) => rels.get(item.relationshipId)?.type === 'worksheet');
  const first = worksheets.find((item) => !item.isHidden) ?? worksheets[0];
  const sheetEntry = first && entries.get(normalizeName(rels.get(first.relationshipId)!.target));
  if (!sheetEntry) throw damaged('the workbook has no worksheet');

  const target = (type: string): string | undefined =>
    [...rels.values()].find((rel) => rel.type === type && entries.has(normalizeName(rel.target)))?.target;
  const stylesPart = target('styles');
  const stringsPart = target('sharedStrings');
  const context: SheetContext = {
    isDate1904: workbook.isDate1904,
    dateStyles: stylesPart ? await parseDateStyles(part(stylesPart), stylesPart) : [],
    sharedStrings: stringsPart ? await parseSharedStrings(part(stringsPart), stringsPart) : [],
  };
  return { sheet: sheetEntry, context };
}

function takeRows(collector: SheetRowCollector): TableRow[] {
  const rows = collector.rows;
  collector.rows = [];
  return rows;
}

async function withFile<T>(filePath: string, use: (file: FileHandle) => Promise<T>): Promise<T> {
  const file = await open(filePath, 'r');
  try {
    return await use(file);
  } finally {
    await file.close();
  }
}

/** Entry names compare without case and without a leading slash, as Excel opens them. */
function normalizeName(name: string): string {
  return (name.startsWith('/') ? name.slice(1) : name).toLowerCase();
}

function describeOtherZip(entries: Map<string, ZipEntry>): AppError {
  const known = OTHER_ZIPS.find((other) => entries.has(other.part));
  return known ? formatUnknown(known.kindZh, known.kindEn) : formatUnknown(' ZIP 压缩包（其中没有 Excel 工作簿）', 'a zip archive without an Excel workbook');
}

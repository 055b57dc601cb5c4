import { escapeXml } from './xlsx-cells';

/** The fixed parts of a SpreadsheetML package, and the head and tail of a worksheet, as we write them. */

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${sheets}</Types>`
  );
}

export function rootRelationshipsXml(): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">` +
    `<Relationship Id="rId1" Type="${DOC_RELS_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
}

export function workbookRelationshipsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${DOC_RELS_NS}/styles" Target="styles.xml"/></Relationships>`
  );
}

export interface WrittenSheet {
  name: string;
  /** The autofilter's range, e.g. 'A1:F120'; null when the sheet has no columns. */
  filterRange: string | null;
}

/** Written after the sheets, so the autofilter ranges (Excel's hidden _FilterDatabase names) are known. */
export function workbookXml(sheets: readonly WrittenSheet[]): string {
  const sheetElements = sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const filters = sheets
    .map((sheet, i) => {
      if (!sheet.filterRange) return '';
      const [from, to] = sheet.filterRange.split(':').map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
      const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!${from}:${to}`)}</definedName>`;
    })
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS_NS}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetElements}</sheets>` +
    `${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`
  );
}

const FONT = '<sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/>';

/** Styles by CellStyle index: normal, bold header, date, date-time. */
export function stylesXml(): string {
  return (
    `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>' +
    `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** Everything before the first row: the frozen header pane and the column widths. */
export function sheetHeadXml(widths: readonly number[], isFirstSheet: boolean): string {
  const selected = isFirstSheet ? ' tabSelected="1"' : '';
  const pane =
    widths.length > 0
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : '';
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS_NS}">` +
    `<sheetViews><sheetView workbookViewId="0"${selected}>${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
}

export function sheetTailXml(filterRange: string | null): string {
  return `</sheetData>${filterRange ? `<autoFilter ref="${filterRange}"/>` : ''}</worksheet>`;
}

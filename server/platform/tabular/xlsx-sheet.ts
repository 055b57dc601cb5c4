import type { TableRow } from './table-reader';
import { formatIsoDate, formatSerialDate, type DateKind } from './xlsx-dates';
import { attributeValue, decodeOoxmlEscapes, decodeXmlText, type XmlHandler } from './xml-tokenizer';
import { damaged } from './zip-archive';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly (DateKind | null)[];
  isDate1904: boolean;
}

/**
 * 工作表行 — turns a worksheet's XML events into rows of cell text: `<row r>` gives the row number, `<c r t s>`
 * the column, type and style, `<v>` or `<is><t>` the value. Columns the file skips become ''. Rows collect in
 * `rows` until the caller takes them.
 */
export class SheetRowCollector implements XmlHandler {
  rows: TableRow[] = [];
  private rowNo = 0;
  private cells: string[] = [];
  private column = -1;
  private type = 'n';
  private style = 0;
  private value = '';
  private isCapturing = false;
  private inlineDepth = 0;
  private phoneticDepth = 0;

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: string, isSelfClosing: boolean): void {
    switch (name) {
      case 'c': {
        const r = attributeValue(attributes, 'r');
        const t = attributeValue(attributes, 't');
        const s = attributeValue(attributes, 's');
        this.column = r === undefined ? this.column + 1 : columnIndex(r);
        this.type = t ?? 'n';
        this.style = s === undefined ? 0 : Number(s);
        this.value = '';
        if (isSelfClosing) this.setCell('');
        break;
      }
      case 'v':
        this.isCapturing = !isSelfClosing;
        break;
      case 'is':
        if (!isSelfClosing) this.inlineDepth += 1;
        break;
      case 'rPh':
        if (!isSelfClosing) this.phoneticDepth += 1;
        break;
      case 't':
        this.isCapturing = !isSelfClosing && this.inlineDepth > 0 && this.phoneticDepth === 0;
        break;
      case 'row': {
        const r = attributeValue(attributes, 'r');
        this.rowNo = r === undefined ? this.rowNo + 1 : Number(r);
        this.cells = [];
        this.column = -1;
        if (isSelfClosing) this.endRow();
        break;
      }
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.isCapturing = false;
        break;
      case 'is':
        this.inlineDepth -= 1;
        break;
      case 'rPh':
        this.phoneticDepth -= 1;
        break;
      case 'c':
        this.setCell(this.cellText());
        break;
      case 'row':
        this.endRow();
        break;
    }
  }

  text(value: string, isEncoded: boolean): void {
    if (this.isCapturing) this.value += isEncoded ? decodeXmlText(value) : value;
  }

  private cellText(): string {
    const value = this.value;
    if (value === '') return '';
    switch (this.type) {
      case 's': {
        const text = this.context.sharedStrings[Number(value)];
        if (text === undefined) throw damaged(`row ${this.rowNo} refers to shared string ${value}, which does not exist`);
        return text;
      }
      case 'inlineStr':
      case 'str':
        return decodeOoxmlEscapes(value);
      case 'b':
        return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
      case 'd':
        return formatIsoDate(value);
      case 'e':
        return value;
      default: {
        const dateKind = this.context.dateStyles[this.style];
        return dateKind ? formatSerialDate(value, dateKind, this.context.isDate1904) : formatNumber(value);
      }
    }
  }

  private setCell(text: string): void {
    const cells = this.cells;
    while (cells.length < this.column) cells.push('');
    cells[this.column] = text;
  }

  private endRow(): void {
    this.rows.push({ rowNo: this.rowNo, cells: this.cells });
    this.cells = [];
  }
}

/** 'B3' → 1; 'AA10' → 26. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    index = index * 26 + (code - 0x60);
  }
  return index - 1;
}

/**
 * A number cell as Excel shows it in General format: at most 15 significant digits, no exponent below 1e21 —
 * so 0.1+0.2 reads "0.3" and a 12-digit phone number stays whole.
 */
export function formatNumber(raw: string): string {
  if (raw.length <= 15 && !raw.includes('E') && !raw.includes('e')) return raw;
  const number = Number(raw);
  if (!Number.isFinite(number)) return raw;
  return String(Number(number.toPrecision(15)));
}

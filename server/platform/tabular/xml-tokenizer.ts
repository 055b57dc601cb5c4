/** What the tokenizer reports; names are local names (a prefix such as `x:` in `<x:c>` is dropped). */
export interface XmlHandler {
  open(name: string, attributes: string, isSelfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags; `isEncoded` is false for CDATA, whose content is literal. */
  text(value: string, isEncoded: boolean): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * 增量 XML 分词 — just enough XML for spreadsheet parts, fed decoded text in chunks of any size: start, end and
 * empty-element tags, text, CDATA; comments, processing instructions and the doctype are skipped. Markup cut by a
 * chunk boundary waits for the next chunk, so memory holds one chunk and one unfinished tag or text.
 */
export class XmlTokenizer {
  private rest = '';
  /** Elements opened and not yet closed: a document that ends with some open was cut short. */
  private depth = 0;

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    const buffer = this.rest === '' ? chunk : this.rest + chunk;
    const length = buffer.length;
    let pos = 0;
    while (pos < length) {
      const lt = buffer.indexOf('<', pos);
      if (lt === -1) break;
      if (lt > pos) this.handler.text(buffer.slice(pos, lt), true);
      pos = lt;
      const end = this.markup(buffer, lt);
      if (end === -1) break;
      pos = end;
    }
    this.rest = pos < length ? buffer.slice(pos) : '';
  }

  /** Whether the document was complete: no markup cut short, every element closed. */
  end(): boolean {
    const isComplete = this.depth === 0 && this.rest.trim() === '';
    this.rest = '';
    return isComplete;
  }

  /** Handles the markup at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private markup(buffer: string, lt: number): number {
    const next = buffer.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === SLASH) {
      const gt = buffer.indexOf('>', lt);
      if (gt === -1) return -1;
      this.depth -= 1;
      this.handler.close(localName(buffer.slice(lt + 2, gt).trim()));
      return gt + 1;
    }
    if (next === QUESTION) return skipPast(buffer, lt, '?>');
    if (next === BANG) return this.declaration(buffer, lt);
    const gt = findTagEnd(buffer, lt + 1);
    if (gt === -1) return -1;
    const isSelfClosing = buffer.charCodeAt(gt - 1) === SLASH;
    const bodyEnd = isSelfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(buffer.charCodeAt(nameEnd))) nameEnd += 1;
    if (!isSelfClosing) this.depth += 1;
    this.handler.open(localName(buffer.slice(lt + 1, nameEnd)), buffer.slice(nameEnd, bodyEnd), isSelfClosing);
    return gt + 1;
  }

  private declaration(buffer: string, lt: number): number {
    if (buffer.length < lt + 9) return -1;
    if (buffer.startsWith('<!--', lt)) return skipPast(buffer, lt + 4, '-->');
    if (buffer.startsWith('<![CDATA[', lt)) {
      const end = buffer.indexOf(']]>', lt + 9);
      if (end === -1) return -1;
      this.handler.text(buffer.slice(lt + 9, end), false);
      return end + 3;
    }
    // <!DOCTYPE …> possibly with an internal subset in brackets; its entity declarations are not honoured.
    const gt = buffer.indexOf('>', lt);
    const bracket = buffer.indexOf('[', lt);
    if (bracket !== -1 && (gt === -1 || bracket < gt)) return skipPast(buffer, bracket, ']>');
    return gt === -1 ? -1 : gt + 1;
  }
}

function skipPast(buffer: string, from: number, terminator: string): number {
  const at = buffer.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

/** The closing '>' of a tag, skipping any '>' inside quoted attribute values. */
function findTagEnd(buffer: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buffer.length; i += 1) {
    const code = buffer.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      quote = code;
    } else if (code === GT) {
      return i;
    } else if (code === LT) {
      return -1;
    }
  }
  return -1;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** The attributes of a tag by local name, values decoded. */
export function readAttributes(attributes: string): Record<string, string> {
  const result: Record<string, string> = {};
  const length = attributes.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(attributes.charCodeAt(i))) i += 1;
    const nameStart = i;
    while (i < length && attributes.charCodeAt(i) !== 0x3d && !isSpace(attributes.charCodeAt(i))) i += 1;
    const name = attributes.slice(nameStart, i);
    while (i < length && attributes.charCodeAt(i) !== DOUBLE_QUOTE && attributes.charCodeAt(i) !== SINGLE_QUOTE) i += 1;
    const quote = attributes.charCodeAt(i);
    const valueEnd = attributes.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
    if (name === '' || valueEnd === -1) break;
    result[localName(name)] = decodeXmlText(attributes.slice(i + 1, valueEnd));
    i = valueEnd + 1;
  }
  return result;
}

/**
 * One attribute's value by local name without building a map: the hot path of sheet cells (`r`, `t`, `s` on
 * every `<c>`). Only for tags whose attribute values cannot themselves contain ` name=`.
 */
export function attributeValue(attributes: string, name: string): string | undefined {
  for (let from = 0; ; ) {
    const at = attributes.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    const before = attributes.charCodeAt(at - 1);
    if (!isSpace(before) && before !== 0x3a) continue;
    let i = from;
    while (isSpace(attributes.charCodeAt(i))) i += 1;
    if (attributes.charCodeAt(i) !== 0x3d) continue;
    i += 1;
    while (isSpace(attributes.charCodeAt(i))) i += 1;
    const quote = attributes.charCodeAt(i);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) continue;
    const close = attributes.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
    return close === -1 ? undefined : decodeXmlText(attributes.slice(i + 1, close));
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entity and character references, and normalises line ends as an XML parser must. */
export function decodeXmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.charCodeAt(0) !== 0x23) return NAMED_ENTITIES[entity] ?? whole;
    const code = entity.charCodeAt(1) === 0x78 ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Decodes OOXML's `_xHHHH_` escapes, with which Excel writes characters XML cannot carry (e.g. `_x000D_`). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

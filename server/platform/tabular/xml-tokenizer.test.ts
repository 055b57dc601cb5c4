import { describe, expect, it } from 'vitest';
import { attributeValue, decodeOoxmlEscapes, decodeXmlText, readAttributes, XmlTokenizer } from './xml-tokenizer';

function events(pieces: string[]): string[] {
  const log: string[] = [];
  let text = '';
  const flush = () => {
    if (text.trim() !== '') log.push(`text:${text}`);
    text = '';
  };
  const tokenizer = new XmlTokenizer({
    open(name, attributes, isSelfClosing) {
      flush();
      log.push(`open:${name}${isSelfClosing ? '/' : ''}:${JSON.stringify(readAttributes(attributes))}`);
    },
    close(name) {
      flush();
      log.push(`close:${name}`);
    },
    text(value, isEncoded) {
      text += isEncoded ? decodeXmlText(value) : value;
    },
  });
  for (const piece of pieces) tokenizer.push(piece);
  const complete = tokenizer.end();
  flush();
  return complete ? log : [...log, 'INCOMPLETE'];
}

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <tags> -->' +
  '<x:sheetData xmlns:x="urn:x"><x:row r="1"><x:c r="A1" t="inlineStr" note=\'a>b\'><x:is><x:t>张 &amp; &lt;江&gt; &#x4E00;&#19968;</x:t></x:is></x:c>' +
  '<c r="B1"/><c r="C1"><v><![CDATA[1 < 2 & 3]]></v></c></x:row></x:sheetData>';

describe('XmlTokenizer', () => {
  it('reports tags by local name, attributes, text, CDATA; skips declarations and comments', () => {
    expect(events([DOCUMENT])).toEqual([
      'open:sheetData:{"x":"urn:x"}',
      'open:row:{"r":"1"}',
      'open:c:{"r":"A1","t":"inlineStr","note":"a>b"}',
      'open:is:{}',
      'open:t:{}',
      'text:张 & <江> 一一',
      'close:t',
      'close:is',
      'close:c',
      'open:c/:{"r":"B1"}',
      'open:c:{"r":"C1"}',
      'open:v:{}',
      'text:1 < 2 & 3',
      'close:v',
      'close:c',
      'close:row',
      'close:sheetData',
    ]);
  });

  it('gives the same events however the document is cut', () => {
    const whole = events([DOCUMENT]);
    for (let cut = 1; cut < DOCUMENT.length; cut += 1) {
      expect(events([DOCUMENT.slice(0, cut), DOCUMENT.slice(cut)])).toEqual(whole);
    }
  });

  it('notices a truncated document', () => {
    expect(events(['<a><b x="1'])).toContain('INCOMPLETE');
  });
});

describe('text decoding', () => {
  it.each([
    ['a &amp;amp; b', 'a &amp; b'],
    ['&quot;&apos;&#13;&#x1F600;', '"\'\r😀'],
    ['line\r\nend\rx', 'line\nend\nx'],
    ['&unknown; stays', '&unknown; stays'],
  ])('decodeXmlText(%j)', (raw, text) => {
    expect(decodeXmlText(raw)).toBe(text);
  });

  it.each([
    ['a_x000D_b', 'a\rb'],
    ['_x005F_x000D_', '_x000D_'],
    ['no_escape_x12', 'no_escape_x12'],
  ])('decodeOoxmlEscapes(%j)', (raw, text) => {
    expect(decodeOoxmlEscapes(raw)).toBe(text);
  });
});

describe('attributeValue', () => {
  it.each([
    [' r="B3" s="1" t="s"', 'r', 'B3'],
    [' r="B3" s="1" t="s"', 's', '1'],
    [' r="B3" s="1" t="s"', 't', 's'],
    [" t = 'inlineStr' r='C1'", 't', 'inlineStr'],
    [' sr="x" r="A1"', 'r', 'A1'],
    [' x:r="A1"', 'r', 'A1'],
    [' r="A1"', 't', undefined],
    [' r="a&amp;b"', 'r', 'a&b'],
  ])('%j %s → %s', (attributes, name, value) => {
    expect(attributeValue(attributes, name)).toBe(value);
  });
});

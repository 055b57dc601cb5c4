/**
 * GBK 编码 — Node decodes GBK (TextDecoder 'gbk') but has no encoder. The table is built once by decoding every
 * two-byte GBK sequence; characters GBK cannot hold are written as '?'.
 */

let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const result = new Uint16Array(65536);
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1 || text === '\ufffd') continue;
      const unit = text.charCodeAt(0);
      // The first sequence found wins, as in the WHATWG index (later duplicates are compatibility mappings).
      if (result[unit] === 0) result[unit] = (lead << 8) | trail;
    }
  }
  return result;
}

/** Encodes text as GBK bytes. */
export function encodeGbk(text: string): Buffer {
  table ??= buildTable();
  const out = Buffer.allocUnsafe(text.length * 2);
  let at = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      out[at++] = unit;
      continue;
    }
    const bytes = table[unit]!;
    if (bytes === 0) {
      out[at++] = 0x3f;
      continue;
    }
    out[at++] = bytes >> 8;
    out[at++] = bytes & 0xff;
  }
  return out.subarray(0, at);
}

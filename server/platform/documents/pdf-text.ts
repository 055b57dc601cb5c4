/**
 * Test support (not library code): the text a PDF written by pdfkit shows, decoded through its ToUnicode maps
 * (pdfkit writes glyph ids as hex strings, so the text is not searchable in the raw bytes).
 */
import { inflateSync } from 'node:zlib';

export function extractPdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g)].map(([, dict, body]) => {
    const bytes = Buffer.from(body!, 'latin1');
    return dict!.includes('/FlateDecode') ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
  });
  const glyphs = new Map<string, string>();
  for (const cmap of streams.filter((s) => s.includes('begincmap'))) {
    for (const [, from, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const start = parseInt(from!, 16);
      [...list!.matchAll(/<([0-9a-f]+)>/gi)].forEach(([, hex], i) => {
        glyphs.set((start + i).toString(16).padStart(4, '0'), String.fromCharCode(...hex!.match(/.{4}/g)!.map((h) => parseInt(h, 16))));
      });
    }
  }
  return streams
    .flatMap((s) => [...s.matchAll(/<([0-9a-f]+)>/gi)].map(([, hex]) => hex!))
    .filter((hex) => hex.length % 4 === 0)
    .map((hex) => hex.match(/.{4}/g)!.map((g) => glyphs.get(g.toLowerCase()) ?? '').join(''))
    .join('');
}

/**
 * 中文字体 — the CJK font every document embeds. Debian's fonts-noto-cjk ships it as a collection (TTC); pdfkit
 * opens one face of it by PostScript name. Rendering refuses to start without it rather than print empty boxes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../../core/errors';

export interface CjkFont {
  /** The font file's bytes, read once per process. */
  data: Buffer;
  /** The face of the collection to use. */
  family: string;
}

export const DEFAULT_CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const DEFAULT_CJK_FONT_FAMILY = 'NotoSansCJKsc-Regular';

const loaded = new Map<string, CjkFont>();

/** Reads the font (once); DOCUMENT_FONT_MISSING when the file is absent. */
export function loadCjkFont(path = process.env.CJK_FONT_PATH ?? DEFAULT_CJK_FONT_PATH, family = DEFAULT_CJK_FONT_FAMILY): CjkFont {
  const key = `${path}#${family}`;
  let font = loaded.get(key);
  if (!font) {
    if (!existsSync(path)) throw new AppError('DOCUMENT_FONT_MISSING', { path });
    font = { data: readFileSync(path), family };
    loaded.set(key, font);
  }
  return font;
}

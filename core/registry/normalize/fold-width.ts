/**
 * 全角/半角 — folds the width variants that registry sources mix: full-width letters, digits and punctuation to
 * half-width (NFKC), the ideographic space to a space, and every bracket pair (（）【】〔〕［］｛｝) to ASCII ( ).
 */

const BRACKETS: Record<string, string> = {
  '（': '(', '）': ')', '【': '(', '】': ')', '〔': '(', '〕': ')', '［': '(', '］': ')', '[': '(', ']': ')',
  '｛': '(', '｝': ')', '{': '(', '}': ')', '〈': '(', '〉': ')', '《': '(', '》': ')', '﹙': '(', '﹚': ')',
};
const BRACKET_PATTERN = /[（）【】〔〕［］[\]｛｝{}〈〉《》﹙﹚]/g;

// Printable ASCII and CJK unified ideographs are NFKC-stable: text made only of them needs no normalisation, which
// is most registry text and saves the cost of NFKC on a million rows.
const NEEDS_NFKC = /[^\u0020-\u007e\u4e00-\u9fff]/;

/** Full-width to half-width and the ideographic space to a space; CJK characters are unchanged. */
export function foldWidth(text: string): string {
  if (!NEEDS_NFKC.test(text)) return text;
  // NFKC also folds compatibility ideographs and circled digits, which sources paste from office documents.
  return text.normalize('NFKC').replace(/\u3000/g, ' ');
}

/** foldWidth, then every kind of bracket to ASCII round brackets. */
export function foldWidthAndBrackets(text: string): string {
  return foldWidth(text).replace(BRACKET_PATTERN, (c) => BRACKETS[c] ?? c);
}

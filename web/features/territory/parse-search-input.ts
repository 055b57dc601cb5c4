/**
 * 查询输入 — what the search box was given: a coordinate pair ("121.60, 31.205", "121.60 31.205", full-width
 * comma too) or an address. A pair is read as longitude then latitude, as the API takes them; the server judges
 * whether the numbers make sense (range, swapped order) and says so in the user's language.
 */
export type SearchInput =
  | { kind: 'coordinates'; lon: number; lat: number }
  | { kind: 'address'; address: string }
  | { kind: 'empty' };

const number = String.raw`[-+]?\d{1,3}(?:\.\d+)?`;
const pairPattern = new RegExp(String.raw`^\s*(${number})\s*(?:[,，;；]\s*|\s+)(${number})\s*$`);

export function parseSearchInput(text: string): SearchInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = pairPattern.exec(trimmed);
  if (match) return { kind: 'coordinates', lon: Number(match[1]), lat: Number(match[2]) };
  return { kind: 'address', address: trimmed };
}

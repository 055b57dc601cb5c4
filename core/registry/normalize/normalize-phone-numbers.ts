/**
 * 电话号码规范化 — every phone number in a field, as digits: mobiles as their 11 digits (country code dropped),
 * Shanghai landlines as their 8 digits (area code 021 dropped, since sources write it or not), other landlines with
 * their area code. Extensions (转801, -801 after a full number, ext.) are dropped.
 */
import { foldWidth } from './fold-width';

/** The Shanghai area code, which local sources omit. */
const LOCAL_AREA_CODE = '021';

/** The canonical numbers in a phone field, without duplicates, in order of appearance. */
export function normalizePhoneNumbers(input: string): string[] {
  const text = foldWidth(input)
    .replace(/(?:转|分机|ext\.?|x)\s*\d{1,6}/gi, '')
    .replace(/(?<!\d)\+?\s*(?:0086|86)[\s-]*(?=1[3-9]\d)/g, '');
  const numbers: string[] = [];
  const add = (canonical: string | null) => {
    if (canonical !== null && !numbers.includes(canonical)) numbers.push(canonical);
  };
  for (const piece of text.split(/[,，;；/、|]|或|\s{2,}/)) {
    const digits = piece.replace(/\D/g, '');
    if (digits.length === 0) continue;
    const whole = canonicalizeDigits(digits);
    // Two numbers with one space between them (13912345678 50801234): read the groups one by one.
    if (whole === null && /\d\s+\d/.test(piece)) for (const group of piece.split(/\s+/)) add(canonicalizeDigits(group.replace(/\D/g, '')));
    else add(whole);
  }
  return numbers;
}

function canonicalizeDigits(digits: string): string | null {
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  if (digits.startsWith(LOCAL_AREA_CODE) && digits.length === 11) return digits.slice(3);
  if (digits.startsWith('21') && digits.length === 10) return digits.slice(2);
  if (digits.startsWith('8621') && digits.length === 12) return digits.slice(4);
  // A Shanghai landline followed by a dash extension: 021-50801234-801 → 50801234.
  if (digits.startsWith(LOCAL_AREA_CODE) && digits.length > 11 && digits.length <= 15) return digits.slice(3, 11);
  if (/^[2-9]\d{7}$/.test(digits)) return digits;
  if (/^[2-9]\d{7}\d{1,5}$/.test(digits)) return digits.slice(0, 8);
  if (/^0[1-9]\d{8,10}$/.test(digits)) return digits;
  // Too short or too long to be a number: ignore it rather than let it match by accident.
  return null;
}

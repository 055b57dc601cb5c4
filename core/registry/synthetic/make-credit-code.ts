/**
 * 合成信用代码 — valid GB 32100 codes for synthetic firms: 9 (market regulation) + 1 (enterprise) + the area code +
 * an organisation code with its GB 11714 check character + the check character. Firms founded from 2015 get the
 * MA-series organisation codes that registries issue since the reform; older ones get all-digit codes.
 */
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import type { SeededRandom } from './seeded-random';

const BODY_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function makeCreditCode(random: SeededRandom, areaCode: string, foundedYear: number): string {
  let body: string;
  if (foundedYear >= 2015) {
    body = 'MA1';
    for (let i = 0; i < 5; i += 1) body += random.pick([...BODY_CHARACTERS]);
  } else {
    body = String(random.int(5, 7));
    for (let i = 0; i < 7; i += 1) body += String(random.int(0, 9));
  }
  const first17 = `91${areaCode}${body}${organisationCodeCheckCharacter(body)!}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** The code with one character replaced: always invalid, since GB 32100 detects every single substitution. */
export function mistypeCreditCode(random: SeededRandom, code: string): string {
  const position = random.int(2, 17);
  let replacement = code[position]!;
  while (replacement === code[position]) replacement = random.pick([...BODY_CHARACTERS]);
  return code.slice(0, position) + replacement + code.slice(position + 1);
}

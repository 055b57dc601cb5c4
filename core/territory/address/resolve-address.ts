/**
 * 地址定位 — Chinese address text → town and body of the zone, with the rule that decided and a confidence.
 * The evidence is weighed in a fixed order: another province, city or district (outside); a place named in the
 * text (town, statistical unit, named area: these win); a 12-digit village code; a road of the gazetteer. The body
 * follows from the town only when the town lies wholly in one body's area; otherwise the answer is "needs manual
 * location" with the candidate bodies. Nothing is ever guessed.
 */
import { AppError } from '../../errors';
import type { AddressBook, Place } from './address-book';
import type { AddressCandidate, AddressResolution, AddressRule, AddressTownRef, ParsedAddress } from './address-types';
import { findNamedPlaces } from './find-named-places';
import { normalizeAddress, parseAddress } from './parse-address';
import { placeInTown, townRefOf } from './place-in-town';

/** Longer text is not an address; the limit keeps a pasted document from being scanned. */
export const MAX_ADDRESS_LENGTH = 200;

// How sure each kind of evidence makes the town: named places and codes are explicit, the road list is
// general knowledge (unverified), and a road alone can be shared by towns the list does not know of.
const CONFIDENCE = { outside: 0.95, otherTown: 0.85, named: 0.9, code: 0.95, road: 0.6, weakened: 0.7 } as const;

export function resolveAddress(book: AddressBook, address: unknown, field = 'address'): AddressResolution {
  const text = checkAddress(address, field);
  const countyNames = [book.region.county, ...book.region.countyAliases].sort((a, b) => b.length - a.length);
  const parsed = parseAddress(text, { placeNames: book.placeNames, countyNames });
  const normalized = normalizeAddress(text);
  const answer = createAnswerer(book, parsed);

  const { region } = book;
  if (parsed.province !== null && parsed.province !== region.province) {
    return answer.outside('other-region', `地址位于${parsed.province}，不在${region.province}`, `The address is in ${parsed.province}, not ${region.province}`);
  }
  if (parsed.city !== null && parsed.city !== region.city) {
    return answer.outside('other-region', `地址位于${parsed.city}，不在${region.city}`, `The address is in ${parsed.city}, not ${region.city}`);
  }
  if (parsed.district !== null && !countyNames.includes(parsed.district)) {
    return answer.outside('other-district', `地址位于${parsed.district}，不在${region.county}`, `The address is in ${parsed.district}, not ${region.county}`);
  }

  const named = findNamedPlaces(book, parsed, normalized);
  const inZone = named.filter((n) => n.place.kind !== 'other-town');
  const codeTown = parsed.villageCode === null ? null : parsed.villageCode.slice(0, 9);
  const road = findRoad(book, parsed, normalized);
  if (inZone.length === 0 && named.length > 0) {
    const other = named[0]!;
    return answer.outside('explicit-town', `${other.name}不在园区范围内`, `${other.name} is not a town of the zone`, CONFIDENCE.otherTown);
  }
  if (inZone.length > 0) {
    const area = inZone.find((n) => n.place.kind === 'area');
    const statistical = inZone.find((n) => n.place.kind === 'statistical-unit');
    const towns = uniqueTowns(inZone.map((n) => townCodeOf(n.place)));
    const namedTowns = inZone.filter((n) => n.place.kind === 'town').map((n) => (n.place as { code: string }).code);
    if (new Set(namedTowns).size > 1) {
      return answer.manual('explicit-town', 0.3, null, towns.map((code) => townCandidate(book, code)),
        '地址中提到多个街镇，无法确定', 'The address names several towns; which one is meant is unclear');
    }
    // Other evidence that disagrees with the named place lowers confidence but never overrules it.
    const chosen = area ?? statistical ?? inZone[0]!;
    const chosenTown = townCodeOf(chosen.place);
    // A park lies inside a town: naming both is no contradiction.
    const doubts = listDoubts(book, chosenTown, chosen.place.kind === 'statistical-unit' ? [] : namedTowns, codeTown, road);
    const confidence = doubts.length > 0 ? CONFIDENCE.weakened : CONFIDENCE.named;
    if (chosen.place.kind === 'area') {
      const body = book.bodies.get(chosen.place.body);
      const town = townRefOf(book, chosen.place.town);
      if (body && town) {
        return answer.placed('named-area', confidence, town, body,
          `地址提到${chosen.name}${joinDoubts(doubts)}；该片区属于${town.name}，由${body.name}管理`,
          `The address names ${chosen.name}${joinDoubtsEn(doubts)}; the area lies in ${town.nameEn} and is run by ${body.nameEn}`);
      }
    }
    const rule: AddressRule = chosen.place.kind === 'statistical-unit' ? 'statistical-unit' : 'explicit-town';
    return placeInTown(book, answer, chosenTown, rule, confidence, `地址提到${chosen.name}${joinDoubts(doubts)}`, `The address names ${chosen.name}${joinDoubtsEn(doubts)}`);
  }

  if (codeTown !== null) {
    const code = parsed.villageCode!;
    if (!code.startsWith(region.countyCode)) {
      return answer.outside('village-code', `区划代码 ${code} 不属于${region.county}`, `Division code ${code} is not in ${region.county}`, CONFIDENCE.code);
    }
    if (book.towns.has(codeTown)) {
      return placeInTown(book, answer, codeTown, 'village-code', CONFIDENCE.code, `统计用区划代码 ${code} 属于${book.towns.get(codeTown)!.name}`, `Statistical division code ${code} belongs to ${book.towns.get(codeTown)!.nameEn}`);
    }
    const other = book.otherTowns.get(codeTown);
    if (other !== undefined) {
      return answer.outside('village-code', `区划代码 ${code} 属于${other}，不在园区范围内`, `Division code ${code} belongs to ${other}, outside the zone`, CONFIDENCE.code);
    }
    return answer.manual('village-code', 0, null, [], `区划代码 ${code} 的街镇（${codeTown}）未知`, `The town ${codeTown} of division code ${code} is unknown`);
  }

  if (road !== null) {
    const towns = book.roads.get(road)!;
    if (towns.length === 1) {
      return placeInTown(book, answer, towns[0]!, 'road-gazetteer', CONFIDENCE.road, `${road}位于${book.towns.get(towns[0]!)?.name ?? towns[0]}（地名库，未经核实）`, `${road} runs through ${book.towns.get(towns[0]!)?.nameEn ?? towns[0]} (gazetteer, unverified)`);
    }
    return answer.manual('road-gazetteer', round(1 / towns.length), null, towns.map((code) => townCandidate(book, code)),
      `${road}跨越${towns.length}个街镇，仅凭道路无法确定`, `${road} runs through ${towns.length} towns; the road alone does not tell which`);
  }
  return answer.manual('no-match', 0, null, [], '地址中没有可识别的街镇、区划代码或道路', 'No town, division code or known road was found in the address');
}

/** 答案构造 — the three kinds of answer, sharing the parse and the gazetteer version. */
export interface Answerer {
  outside(rule: AddressRule, reason: string, reasonEn: string, confidence?: number): AddressResolution;
  placed(rule: AddressRule, confidence: number, town: AddressTownRef, body: NonNullable<AddressResolution['body']>, reason: string, reasonEn: string): AddressResolution;
  manual(rule: AddressRule, confidence: number, town: AddressTownRef | null, candidates: AddressCandidate[], reason: string, reasonEn: string): AddressResolution;
}

function createAnswerer(book: AddressBook, parsed: ParsedAddress): Answerer {
  const base = { parsed, gazetteerVersion: book.version };
  return {
    outside: (rule, reason, reasonEn, confidence = CONFIDENCE.outside) =>
      ({ ...base, status: 'outside', town: null, body: null, confidence, rule, candidates: [], reason, reasonEn }),
    placed: (rule, confidence, town, body, reason, reasonEn) =>
      ({ ...base, status: 'placed', town, body, confidence, rule, candidates: [], reason, reasonEn }),
    manual: (rule, confidence, town, candidates, reason, reasonEn) =>
      ({ ...base, status: 'needs-manual-location', town, body: null, confidence, rule, candidates, reason, reasonEn }),
  };
}

function checkAddress(address: unknown, field: string): string {
  if (typeof address !== 'string') throw new AppError('ADDRESS_INVALID', { field, fields: [field], reason: 'must be text' });
  const text = address.trim();
  if (text === '') throw new AppError('ADDRESS_INVALID', { field, fields: [field], reason: 'must not be empty' });
  if (text.length > MAX_ADDRESS_LENGTH) {
    throw new AppError('ADDRESS_INVALID', { field, fields: [field], reason: `must be at most ${MAX_ADDRESS_LENGTH} characters` });
  }
  return text;
}

function findRoad(book: AddressBook, parsed: ParsedAddress, normalized: string): string | null {
  if (parsed.road !== null && book.roads.has(parsed.road)) return parsed.road;
  return book.roadNames.find((name) => normalized.includes(name)) ?? null;
}

function listDoubts(book: AddressBook, town: string, namedTowns: string[], codeTown: string | null, road: string | null): string[] {
  const doubts: string[] = [];
  if (namedTowns.length > 0 && !namedTowns.includes(town)) doubts.push(`town:${namedTowns[0]}`);
  if (codeTown !== null && codeTown !== town) doubts.push(`code:${codeTown}`);
  const roadTowns = road === null ? null : book.roads.get(road)!;
  if (road !== null && roadTowns !== null && !roadTowns.includes(town) && book.towns.get(town)?.kind === 'town') doubts.push(`road:${road}`);
  return doubts;
}

function joinDoubts(doubts: string[]): string {
  return doubts.length === 0 ? '' : `；但${doubts.map(describeDoubt).join('、')}与之不符，置信度降低`;
}

function joinDoubtsEn(doubts: string[]): string {
  return doubts.length === 0 ? '' : `; but ${doubts.map(describeDoubt).join(', ')} disagree(s), so confidence is lower`;
}

function describeDoubt(doubt: string): string {
  const [kind, value] = doubt.split(':') as [string, string];
  return kind === 'code' ? `区划代码(${value})` : kind === 'road' ? `道路(${value})` : `街镇(${value})`;
}

function townCodeOf(place: Place): string {
  return place.kind === 'area' ? place.town : place.code;
}

function uniqueTowns(codes: string[]): string[] {
  return [...new Set(codes.filter((c) => c !== ''))];
}

function townCandidate(book: AddressBook, code: string): AddressCandidate {
  const town = book.towns.get(code);
  return { kind: 'town', code, name: town?.name ?? code, nameEn: town?.nameEn ?? code };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

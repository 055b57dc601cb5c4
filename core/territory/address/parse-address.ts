/**
 * 地址分词 — splits Chinese address text into 省/市/区/街镇/片区/村居/路/弄/号, front to back, each level optional.
 * Known place names are tried before the generic patterns at each level, because the generic ones misread them:
 * 张江高科技园区 ends in 区 like a district, 上海国际旅游度假区 too. A 12-digit village code anywhere in the text is
 * taken out first. The parser only recognises; deciding what the parts mean is resolve-address's work.
 */
import type { ParsedAddress } from './address-types';

/** 已知地名 — names the parser must recognise as a whole. */
export interface AddressVocabulary {
  /** Towns, statistical units, named areas and other towns of the county (with aliases), longest first. */
  readonly placeNames: readonly string[];
  /** The county's name and the short names it goes by (浦东新区, 浦东), longest first. */
  readonly countyNames: readonly string[];
}

// A name part never holds digits or the characters that end a road or a house number, so a pattern cannot run
// across a road into a later level (金科路2号张江镇 is not one town name).
const MUNICIPALITY = /^(北京|上海|天津|重庆)(?:市)?/;
const PROVINCE = /^([^\d路街巷弄号]{2,7}?(?:省|自治区|特别行政区))/;
const CITY = /^([^\d路街巷弄号]{2,7}?(?:市|自治州|地区|盟))(?![路街道巷弄号])/;
const DISTRICT = /^([^\d路街巷弄号]{1,6}?(?:新区|区|县|市))(?![路街道巷弄号])/;
const TOWN = /^([^\d路街巷弄号]{1,7}?(?:街道|新镇|镇|乡))(?![路街道巷弄号])/;
const VILLAGE = /^([^\d路街巷弄号]{1,10}?(?:村民委员会|居民委员会|村委会|居委会|居委|社区|村))(?![路街道巷弄号]|大[街道])/;
const ROAD = /^([^\d弄号]{1,12}?(?:大道|公路|路|街|巷))/;
const LANE_OR_NUMBER = /^(\d+)(弄|号)(?!楼)/;
const VILLAGE_CODE = /(?<!\d)(\d{12})(?!\d)/;
const POSTCODE = /^\d{6}(?!\d)/;
// Commas, spaces and the like carry nothing for the parse; brackets are kept (they may hold a park's name).
const NOISE = /[\s,，、;；:：。·"'“”‘’]+/g;

/** NFKC folds full-width digits and letters; the country name in front adds nothing. */
export function normalizeAddress(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '').replace(/^(?:中华人民共和国|中国)/, '');
}

export function parseAddress(text: string, vocabulary: AddressVocabulary): ParsedAddress {
  let rest = normalizeAddress(text);
  const codeMatch = VILLAGE_CODE.exec(rest);
  const villageCode = codeMatch ? codeMatch[1]! : null;
  if (codeMatch) rest = rest.slice(0, codeMatch.index) + rest.slice(codeMatch.index + codeMatch[0].length);
  rest = rest.replace(POSTCODE, '');

  const take = (pattern: RegExp): string | null => {
    const match = pattern.exec(rest);
    if (!match) return null;
    rest = rest.slice(match[0].length);
    return match[1]!;
  };
  const takeName = (names: readonly string[]): string | null => {
    const name = names.find((n) => rest.startsWith(n)) ?? null;
    if (name !== null) rest = rest.slice(name.length);
    return name;
  };
  const startsWithPlace = () => vocabulary.placeNames.some((n) => rest.startsWith(n));

  const municipality = take(MUNICIPALITY);
  // A municipality (上海市) is province and city at once.
  const province = municipality !== null ? `${municipality}市` : take(PROVINCE);
  let city = municipality !== null ? province : null;
  if (city === null && !startsWithPlace() && !vocabulary.countyNames.some((n) => rest.startsWith(n))) city = take(CITY);

  let district = takeName(vocabulary.countyNames);
  if (district === null && !startsWithPlace()) district = take(DISTRICT);

  const town = takeName(vocabulary.placeNames) ?? take(TOWN);
  // A named area or park may follow the town (川沙新镇国际旅游度假区…).
  const area = takeName(vocabulary.placeNames);

  const village = take(VILLAGE);
  const road = take(ROAD);
  let lane: string | null = null;
  let number: string | null = null;
  for (let match = LANE_OR_NUMBER.exec(rest); match; match = LANE_OR_NUMBER.exec(rest)) {
    if (match[2] === '弄' && lane === null) lane = match[1]!;
    else if (match[2] === '号' && number === null) number = match[1]!;
    else break;
    rest = rest.slice(match[0].length);
  }
  return {
    province,
    city,
    district,
    town,
    area,
    village,
    road,
    lane,
    number,
    villageCode,
    rest: rest === '' ? null : rest,
  };
}

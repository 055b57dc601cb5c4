/**
 * 噪声 — how sources misspell what they copy: name variants (bracket width, 有限公司 ↔ 有限责任公司, 上海 dropped or
 * added, spacing, one mistyped character), addresses written with or without city, district, town or the free-trade
 * zone prefix, phones and dates in each source's own format.
 */
import { TRADE_NAME_CHARACTERS } from './name-words';
import type { SeededRandom } from './seeded-random';
import type { SyntheticEnterprise } from './synthetic-types';

/** One harmless respelling of a name (the firm is obviously the same to a person). */
export function respellName(random: SeededRandom, name: string): string {
  const kind = random.weighted(['brackets', 'region', 'suffix', 'spacing', 'full-stop'] as const, [0.3, 0.3, 0.25, 0.1, 0.05]);
  switch (kind) {
    case 'brackets':
      return name.includes('（') ? name.replace(/（/g, '(').replace(/）/g, ')') : `${name.replace(/^上海/, '')}`;
    case 'region':
      if (name.startsWith('上海')) return random.chance(0.7) ? name.slice(2) : `上海市${name.slice(2)}`;
      return name.includes('（上海）') ? `上海${name.replace('（上海）', '')}` : `上海${name}`;
    case 'suffix':
      if (/有限责任公司/.test(name)) return name.replace('有限责任公司', '有限公司');
      if (/(?<!股份)有限公司/.test(name)) return name.replace(/(?<!股份)有限公司/, '有限责任公司');
      return name.replace('股份有限公司', '股份公司');
    case 'spacing': {
      const at = random.int(1, name.length - 1);
      return `${name.slice(0, at)}${random.pick([' ', '\u3000', '  '])}${name.slice(at)}`;
    }
    case 'full-stop':
      return `${name} `;
  }
}

/** One mistyped character in the 字号 (or the next character when the 字号 is short). */
export function mistypeName(random: SeededRandom, name: string, tradeName: string): string {
  const start = Math.max(0, name.indexOf(tradeName));
  const position = start + random.int(0, Math.max(0, tradeName.length - 1));
  let replacement = name[position]!;
  while (replacement === name[position]) replacement = random.pick(TRADE_NAME_CHARACTERS);
  return name.slice(0, position) + replacement + name.slice(position + 1);
}

/** Address styles sources use. */
export type AddressStyle = 'full' | 'district' | 'free-trade-zone' | 'with-town' | 'short' | 'full-width';

export function formatAddress(random: SeededRandom, e: SyntheticEnterprise, style: AddressStyle): string {
  const building = e.building === null ? '' : `${e.building}${random.pick(['幢', '号楼', '栋'])}`;
  const room = e.room === null ? '' : `${e.room}室`;
  const street = `${e.road}${e.lane === null ? '' : `${e.lane}弄`}${e.houseNumber}号`;
  const city = e.district === '浦东新区' ? '上海市浦东新区' : `上海市${e.district}`;
  switch (style) {
    case 'full':
      return `${city}${street}${building}${room}`;
    case 'district':
      return `${e.district}${street}${building}${room}`;
    case 'free-trade-zone':
      return e.inZone ? `中国（上海）自由贸易试验区${street}${building}${room}` : `${city}${street}${building}${room}`;
    case 'with-town':
      return `${city}${e.townName}${street}${building}${room}`;
    case 'short':
      return street;
    case 'full-width':
      return `${city}${street}${building}${room}`.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  }
}

/** A different plot in the same town: the firm moved, or the source holds its operating address. */
export function movedAddress(random: SeededRandom, e: SyntheticEnterprise): SyntheticEnterprise {
  return { ...e, houseNumber: random.int(1, 3000), lane: random.chance(0.3) ? random.int(1, 1500) : null };
}

/** Phone styles sources use. */
export type PhoneStyle = 'area-dash' | 'plain' | 'area-bracket' | 'spaced' | 'with-extension' | 'mobile' | 'mobile-spaced' | 'both';

export function formatPhone(random: SeededRandom, e: SyntheticEnterprise, style: PhoneStyle): string {
  const l = e.landline;
  const m = e.mobile;
  switch (style) {
    case 'area-dash':
      return `021-${l}`;
    case 'plain':
      return l;
    case 'area-bracket':
      return `(021)${l}`;
    case 'spaced':
      return `021 ${l.slice(0, 4)} ${l.slice(4)}`;
    case 'with-extension':
      return `021-${l}-${random.int(100, 899)}`;
    case 'mobile':
      return m;
    case 'mobile-spaced':
      return `${random.chance(0.3) ? '+86 ' : ''}${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'both':
      return `${l}/${m}`;
  }
}

/** Date formats by source. */
export type DateStyle = 'iso' | 'slash' | 'month' | 'chinese';

export function formatDate(isoDate: string, style: DateStyle): string {
  const [y, m, d] = isoDate.split('-') as [string, string, string];
  switch (style) {
    case 'iso':
      return isoDate;
    case 'slash':
      return `${y}/${Number(m)}/${Number(d)}`;
    case 'month':
      return `${y}${m}`;
    case 'chinese':
      return `${y}年${Number(m)}月${Number(d)}日`;
  }
}

/** A date a few days off (a typing slip, or the day the licence was printed rather than issued). */
export function shiftDate(random: SeededRandom, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + random.pick([-3, -2, -1, 1, 2, 7, 10, 30]));
  return date.toISOString().slice(0, 10);
}

/** Another person's name for the same role (the statistics directory's 单位负责人, or a slip). */
export function mistypePersonName(random: SeededRandom, name: string): string {
  const position = random.int(1, name.length - 1);
  return `${name.slice(0, position)}${random.pick(['伟', '炜', '玮', '敏', '民', '明', '铭', '华', '桦'])}${name.slice(position + 1)}`;
}

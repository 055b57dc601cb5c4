/**
 * 地址规范化（匹配用） — reduces an address to what two sources would agree on for one firm: the road, the lane (弄)
 * and the house number (号), with the room (室) and building (幢/栋/号楼) kept apart. Province, city, district, the
 * free-trade-zone prefix (中国(上海)自由贸易试验区) and town names are dropped, because sources include them or not at
 * will. This is for matching only; placing an address in the zone is the territory resolver's work.
 */
import { foldWidthAndBrackets } from './fold-width';

/** 规范化地址 — the parts of an address that matching compares. */
export interface NormalizedAddress {
  /** The address without administrative prefixes, spacing and punctuation. */
  readonly text: string;
  /** 路/大道/公路/街, or null when none was recognised. */
  readonly road: string | null;
  /** 弄 number. */
  readonly lane: string | null;
  /** 号 number. */
  readonly number: string | null;
  /** 幢/栋/号楼/座 number. */
  readonly building: string | null;
  /** 室 number. */
  readonly room: string | null;
  /** road + lane + number, or null without a road and a number: equal for two spellings of one plot. */
  readonly key: string | null;
}

// One alternation, tried repeatedly from the front; specific names before the generic district and town patterns.
const ADMIN_PREFIX_PARTS = [
  '中国\\(上海\\)自由贸易试验区(?:临港新片区)?',
  '上海自贸区',
  '中华人民共和国',
  '中国',
  '上海市?',
  '浦东新区',
  '浦东',
  '张江高科技园区',
  '张江科学城',
  '金桥出口加工区',
  '金桥开发区',
  '[^\\d路街巷弄号]{1,8}?(?:新区|区|县)(?![路街道巷弄号])',
  '[^\\d路街巷弄号]{1,6}?(?:街道|新镇|镇|乡)(?![路街道巷弄号])',
];
const ADMIN_PREFIX = new RegExp(`^(?:${ADMIN_PREFIX_PARTS.join('|')})`);
const NOISE = /[\s,，、;；:：。·"'“”‘’()]+/g;
const ROAD = /([^\d弄号路街]{1,10}?(?:大道|公路|路|街|巷))(?=[\d一二三四五六七八九十])/;
const CHINESE_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

export function normalizeRegistryAddress(input: string): NormalizedAddress | null {
  let text = foldWidthAndBrackets(input).replace(/\((?:上海)\)/g, '上海');
  text = text.replace(/[\s]+/g, '');
  for (let match = ADMIN_PREFIX.exec(text); match && match[0].length < text.length; match = ADMIN_PREFIX.exec(text)) {
    text = text.slice(match[0].length);
  }
  text = text.replace(NOISE, '').replace(/[-—–~]/g, '-');
  if (text === '') return null;
  // 一二三 in house numbers (二号楼) read as digits so that 2号楼 and 二号楼 compare equal.
  const digits = text.replace(/([一二三四五六七八九〇零])(?=[号幢栋楼座层室弄])/g, (c) => CHINESE_DIGITS[c] ?? c);
  const roadMatch = ROAD.exec(digits);
  const road = roadMatch ? roadMatch[1]! : null;
  const afterRoad = roadMatch ? digits.slice(roadMatch.index + roadMatch[0].length) : digits;
  const lane = /^(\d+)弄/.exec(afterRoad)?.[1] ?? null;
  const number = /(?:^|弄)(\d+(?:-\d+)?)号(?!楼)/.exec(afterRoad)?.[1] ?? null;
  const building = /(\d+)(?:幢|栋|座|号楼)/.exec(afterRoad)?.[1] ?? null;
  const room = /(\d+)室/.exec(afterRoad)?.[1] ?? /(?:楼|层)(\d{3,4})$/.exec(afterRoad)?.[1] ?? null;
  const key = road !== null && (number !== null || lane !== null) ? `${road}|${lane ?? ''}|${number ?? ''}` : null;
  return { text: digits, road, lane, number, building, room, key };
}

/**
 * 登记管理机关行政区划码 — positions 3–8 of a credit code: the GB/T 2260 code of the registering authority's area.
 * Covered: the national level (100000), every province-level unit (first two digits), and Shanghai's districts
 * (current ones and those merged since 2009, because codes issued before a merger keep the old area). Any other
 * county or prefecture code is named by its province only; `level` says what the name names.
 */
import type { BilingualName } from './credit-code-authorities';

/** 行政区划名称 — what an area code names, and at which level the table knew it. */
export interface AreaCodeName extends BilingualName {
  code: string;
  /** The level the name is of; `province` for a county code that the table knows only by its province. */
  level: 'national' | 'province' | 'prefecture' | 'county';
  /** False when the code names something finer than the name (a district the table does not list). */
  isExact: boolean;
}

const PROVINCES: Readonly<Record<string, BilingualName>> = {
  '11': { zh: '北京市', en: 'Beijing' },
  '12': { zh: '天津市', en: 'Tianjin' },
  '13': { zh: '河北省', en: 'Hebei' },
  '14': { zh: '山西省', en: 'Shanxi' },
  '15': { zh: '内蒙古自治区', en: 'Inner Mongolia' },
  '21': { zh: '辽宁省', en: 'Liaoning' },
  '22': { zh: '吉林省', en: 'Jilin' },
  '23': { zh: '黑龙江省', en: 'Heilongjiang' },
  '31': { zh: '上海市', en: 'Shanghai' },
  '32': { zh: '江苏省', en: 'Jiangsu' },
  '33': { zh: '浙江省', en: 'Zhejiang' },
  '34': { zh: '安徽省', en: 'Anhui' },
  '35': { zh: '福建省', en: 'Fujian' },
  '36': { zh: '江西省', en: 'Jiangxi' },
  '37': { zh: '山东省', en: 'Shandong' },
  '41': { zh: '河南省', en: 'Henan' },
  '42': { zh: '湖北省', en: 'Hubei' },
  '43': { zh: '湖南省', en: 'Hunan' },
  '44': { zh: '广东省', en: 'Guangdong' },
  '45': { zh: '广西壮族自治区', en: 'Guangxi' },
  '46': { zh: '海南省', en: 'Hainan' },
  '50': { zh: '重庆市', en: 'Chongqing' },
  '51': { zh: '四川省', en: 'Sichuan' },
  '52': { zh: '贵州省', en: 'Guizhou' },
  '53': { zh: '云南省', en: 'Yunnan' },
  '54': { zh: '西藏自治区', en: 'Tibet' },
  '61': { zh: '陕西省', en: 'Shaanxi' },
  '62': { zh: '甘肃省', en: 'Gansu' },
  '63': { zh: '青海省', en: 'Qinghai' },
  '64': { zh: '宁夏回族自治区', en: 'Ningxia' },
  '65': { zh: '新疆维吾尔自治区', en: 'Xinjiang' },
  '71': { zh: '台湾省', en: 'Taiwan' },
  '81': { zh: '香港特别行政区', en: 'Hong Kong' },
  '82': { zh: '澳门特别行政区', en: 'Macao' },
};

/** Shanghai below the city: prefecture-level groupings and the districts (县级). */
const SHANGHAI: Readonly<Record<string, BilingualName & { level: 'prefecture' | 'county' }>> = {
  '310100': { zh: '上海市市辖区', en: 'Shanghai (districts)', level: 'prefecture' },
  '310101': { zh: '上海市黄浦区', en: 'Huangpu District, Shanghai', level: 'county' },
  '310103': { zh: '上海市卢湾区（2011 年并入黄浦区）', en: 'Luwan District, Shanghai (merged into Huangpu in 2011)', level: 'county' },
  '310104': { zh: '上海市徐汇区', en: 'Xuhui District, Shanghai', level: 'county' },
  '310105': { zh: '上海市长宁区', en: 'Changning District, Shanghai', level: 'county' },
  '310106': { zh: '上海市静安区', en: 'Jing\u2019an District, Shanghai', level: 'county' },
  '310107': { zh: '上海市普陀区', en: 'Putuo District, Shanghai', level: 'county' },
  '310108': { zh: '上海市闸北区（2015 年并入静安区）', en: 'Zhabei District, Shanghai (merged into Jing\u2019an in 2015)', level: 'county' },
  '310109': { zh: '上海市虹口区', en: 'Hongkou District, Shanghai', level: 'county' },
  '310110': { zh: '上海市杨浦区', en: 'Yangpu District, Shanghai', level: 'county' },
  '310112': { zh: '上海市闵行区', en: 'Minhang District, Shanghai', level: 'county' },
  '310113': { zh: '上海市宝山区', en: 'Baoshan District, Shanghai', level: 'county' },
  '310114': { zh: '上海市嘉定区', en: 'Jiading District, Shanghai', level: 'county' },
  '310115': { zh: '上海市浦东新区', en: 'Pudong New Area, Shanghai', level: 'county' },
  '310116': { zh: '上海市金山区', en: 'Jinshan District, Shanghai', level: 'county' },
  '310117': { zh: '上海市松江区', en: 'Songjiang District, Shanghai', level: 'county' },
  '310118': { zh: '上海市青浦区', en: 'Qingpu District, Shanghai', level: 'county' },
  '310119': { zh: '上海市南汇区（2009 年并入浦东新区）', en: 'Nanhui District, Shanghai (merged into Pudong in 2009)', level: 'county' },
  '310120': { zh: '上海市奉贤区', en: 'Fengxian District, Shanghai', level: 'county' },
  '310151': { zh: '上海市崇明区', en: 'Chongming District, Shanghai', level: 'county' },
  '310200': { zh: '上海市县', en: 'Shanghai (counties)', level: 'prefecture' },
  '310230': { zh: '上海市崇明县（2016 年撤县设区）', en: 'Chongming County, Shanghai (a district since 2016)', level: 'county' },
};

const NATIONAL: BilingualName = { zh: '国家（中央登记机关）', en: 'National (central registration authority)' };

/** The name of a 6-digit area code, or null when it is not six digits or its province is unknown. */
export function describeAreaCode(code: string): AreaCodeName | null {
  if (!/^[0-9]{6}$/.test(code)) return null;
  if (code === '100000') return { code, ...NATIONAL, level: 'national', isExact: true };
  const shanghai = SHANGHAI[code];
  if (shanghai) return { code, zh: shanghai.zh, en: shanghai.en, level: shanghai.level, isExact: true };
  const province = PROVINCES[code.slice(0, 2)];
  if (!province) return null;
  return { code, ...province, level: 'province', isExact: code.endsWith('0000') };
}

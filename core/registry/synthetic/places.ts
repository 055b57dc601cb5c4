/**
 * 地点（合成数据） — where synthetic firms sit. Inside the zone: the zone's towns with their roads, normally taken
 * from the zone pack's gazetteer (the caller passes them); FALLBACK_ZONE_TOWNS is used when none are given. Outside
 * the zone: other towns of 浦东新区 and other districts of Shanghai, for the coverage report's "outside" cases.
 * Road lists are general knowledge, illustrative, not checked against a road register.
 */

/** 街镇 — a town with its 9-digit code, name, roads and the share of the zone's firms it holds. */
export interface SyntheticTown {
  readonly code: string;
  readonly name: string;
  readonly roads: readonly string[];
  readonly weight: number;
}

/** 区外地点 — a place outside the zone: its district's 6-digit code (the credit code's area) and names. */
export interface OutsidePlace {
  readonly areaCode: string;
  readonly district: string;
  readonly town: string;
  readonly townCode: string | null;
  readonly roads: readonly string[];
}

/** How the zone's firms spread over its towns (illustrative: the original area is densest). */
export const TOWN_WEIGHTS: Readonly<Record<string, number>> = {
  '310115125': 30, // 张江镇
  '310115136': 10, // 康桥镇
  '310115132': 8, // 周浦镇
  '310115105': 6, // 北蔡镇
  '310115137': 4, // 航头镇
  '310115103': 10, // 川沙新镇
  '310115114': 8, // 唐镇
  '310115120': 9, // 金桥镇
  '310115117': 5, // 曹路镇
  '310115110': 3, // 合庆镇
  '310115016': 7, // 花木街道
};

export const FALLBACK_ZONE_TOWNS: readonly SyntheticTown[] = [
  { code: '310115125', name: '张江镇', roads: ['张江路', '祖冲之路', '郭守敬路', '碧波路', '科苑路', '蔡伦路', '李时珍路', '哈雷路', '晨晖路', '金科路'], weight: 30 },
  { code: '310115136', name: '康桥镇', roads: ['秀浦路', '秀沿路', '康桥路', '康桥东路', '拓荒路', '苗桥路'], weight: 10 },
  { code: '310115132', name: '周浦镇', roads: ['年家浜路', '周园路', '周康路', '周东路', '横桥路', '瑞浦路'], weight: 8 },
  { code: '310115105', name: '北蔡镇', roads: ['莲溪路', '沪南路', '御桥路', '陈春路', '五星路', '鹏飞路'], weight: 6 },
  { code: '310115137', name: '航头镇', roads: ['航头路', '鹤沙路', '航鹤路', '航都路', '航川路'], weight: 4 },
  { code: '310115103', name: '川沙新镇', roads: ['川沙路', '新川路', '妙境路', '川环南路', '华夏东路', '申迪北路'], weight: 10 },
  { code: '310115114', name: '唐镇', roads: ['创新中路', '创新西路', '唐丰路', '唐安路', '齐爱路'], weight: 8 },
  { code: '310115120', name: '金桥镇', roads: ['金桥路', '金穗路', '金湘路', '金京路', '云山路', '新金桥路'], weight: 9 },
  { code: '310115117', name: '曹路镇', roads: ['华东路', '民雷路', '民冬路', '龚丰路', '曹新公路'], weight: 5 },
  { code: '310115110', name: '合庆镇', roads: ['庆利路', '庆荣路', '庆宁路', '合庆路', '益民路'], weight: 3 },
  { code: '310115016', name: '花木街道', roads: ['芳甸路', '樱花路', '梅花路', '兰花路', '花木路', '白杨路'], weight: 7 },
];

export const OUTSIDE_PLACES: readonly OutsidePlace[] = [
  { areaCode: '310115', district: '浦东新区', town: '陆家嘴街道', townCode: '310115005', roads: ['陆家嘴环路', '银城中路', '世纪大道', '浦东南路', '东方路'] },
  { areaCode: '310115', district: '浦东新区', town: '潍坊新村街道', townCode: '310115004', roads: ['潍坊路', '崂山路', '福山路', '松林路'] },
  { areaCode: '310115', district: '浦东新区', town: '洋泾街道', townCode: '310115013', roads: ['浦东大道', '羽山路', '源深路', '巨野路'] },
  { areaCode: '310115', district: '浦东新区', town: '三林镇', townCode: '310115130', roads: ['三林路', '上南路', '永泰路', '海阳西路'] },
  { areaCode: '310115', district: '浦东新区', town: '高桥镇', townCode: '310115104', roads: ['季景路', '石家街', '高桥路', '草高支路'] },
  { areaCode: '310115', district: '浦东新区', town: '惠南镇', townCode: '310115131', roads: ['人民西路', '城西路', '拱极路', '听潮路'] },
  { areaCode: '310104', district: '徐汇区', town: '漕河泾街道', townCode: null, roads: ['宜山路', '桂平路', '田林路', '虹漕路'] },
  { areaCode: '310112', district: '闵行区', town: '莘庄镇', townCode: null, roads: ['莘松路', '沁春路', '都市路', '春申路'] },
  { areaCode: '310101', district: '黄浦区', town: '外滩街道', townCode: null, roads: ['南京东路', '九江路', '汉口路', '四川中路'] },
  { areaCode: '310114', district: '嘉定区', town: '安亭镇', townCode: null, roads: ['墨玉南路', '博园路', '安智路', '园国路'] },
];

/** Labels of branches (分公司) in the zone: a town's short name or the district's. */
export const BRANCH_LABELS = ['张江', '浦东', '康桥', '川沙', '金桥', '周浦', '上海', ''] as const;

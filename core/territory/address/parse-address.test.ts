import { describe, expect, it } from 'vitest';
import type { ParsedAddress } from './address-types';
import { normalizeAddress, parseAddress } from './parse-address';

const vocabulary = {
  placeNames: ['张江高科技园区', '国际旅游度假区', '南码头路街道', '川沙新镇', '张江镇', '康桥镇', '三林镇', '唐镇'],
  countyNames: ['浦东新区', '浦东'],
};

const EMPTY: ParsedAddress = {
  province: null, city: null, district: null, town: null, area: null, village: null,
  road: null, lane: null, number: null, villageCode: null, rest: null,
};

describe('parseAddress', () => {
  it.each<[string, Partial<ParsedAddress>]>([
    ['上海市浦东新区张江镇祖冲之路887弄', { province: '上海市', city: '上海市', district: '浦东新区', town: '张江镇', road: '祖冲之路', lane: '887' }],
    ['上海浦东张江镇祖冲之路887弄1号', { province: '上海市', city: '上海市', district: '浦东', town: '张江镇', road: '祖冲之路', lane: '887', number: '1' }],
    ['浦东新区康桥镇秀浦路', { district: '浦东新区', town: '康桥镇', road: '秀浦路' }],
    ['中国上海市浦东新区川沙新镇国际旅游度假区申迪北路753号', { province: '上海市', city: '上海市', district: '浦东新区', town: '川沙新镇', area: '国际旅游度假区', road: '申迪北路', number: '753' }],
    // A park's name ends in 区 like a district; the vocabulary keeps it whole.
    ['张江高科技园区碧波路690号', { town: '张江高科技园区', road: '碧波路', number: '690' }],
    ['北京市海淀区中关村大街1号', { province: '北京市', city: '北京市', district: '海淀区', road: '中关村大街', number: '1' }],
    ['江苏省苏州市工业园区星湖街328号', { province: '江苏省', city: '苏州市', district: '工业园区', road: '星湖街', number: '328' }],
    ['上海市黄浦区人民大道200号', { province: '上海市', city: '上海市', district: '黄浦区', road: '人民大道', number: '200' }],
    ['浦东新区沪南公路2000号', { district: '浦东新区', road: '沪南公路', number: '2000' }],
    ['浦东新区川沙新镇界龙村', { district: '浦东新区', town: '川沙新镇', village: '界龙村' }],
    ['浦东新区某某镇某某路5号', { district: '浦东新区', town: '某某镇', road: '某某路', number: '5' }],
    // The road is read before any later 镇: 金科路2号张江镇 is not one town name.
    ['金科路2号张江镇', { road: '金科路', number: '2', rest: '张江镇' }],
    ['201203 上海市 浦东新区 张江镇 310115125001', { province: '上海市', city: '上海市', district: '浦东新区', town: '张江镇', villageCode: '310115125001' }],
    ['南码头路街道', { town: '南码头路街道' }],
    ['ＸＸ路１２号', { road: 'XX路', number: '12' }],
    ['祖冲之路887弄3号楼', { road: '祖冲之路', lane: '887', rest: '3号楼' }],
  ])('%s', (text, expected) => {
    expect(parseAddress(text, vocabulary)).toEqual({ ...EMPTY, ...expected });
  });

  it('folds full-width characters and drops punctuation and the country name', () => {
    expect(normalizeAddress('中国 上海市，浦东新区（张江）１号')).toBe('上海市浦东新区(张江)1号');
  });
});

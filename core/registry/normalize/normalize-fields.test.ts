import { describe, expect, it } from 'vitest';
import { normalizePersonName } from './normalize-person-name';
import { normalizePhoneNumbers } from './normalize-phone-numbers';
import { normalizeRegistryAddress } from './normalize-registry-address';
import { parseRegistryDate } from './parse-registry-date';

describe('normalizeRegistryAddress', () => {
  it.each([
    ['上海市浦东新区张江路88号3幢501室', { road: '张江路', lane: null, number: '88', building: '3', room: '501' }],
    ['浦东新区祖冲之路899弄10号', { road: '祖冲之路', lane: '899', number: '10', building: null, room: null }],
    ['中国（上海）自由贸易试验区蔡伦路780号2号楼', { road: '蔡伦路', lane: null, number: '780', building: '2', room: null }],
    ['上海市浦东新区康桥镇秀浦路2388号', { road: '秀浦路', lane: null, number: '2388', building: null, room: null }],
    ['上海市浦东新区张江镇张江路８８号', { road: '张江路', lane: null, number: '88', building: null, room: null }],
    ['张江路88号二号楼', { road: '张江路', lane: null, number: '88', building: '2', room: null }],
    ['上海市浦东新区川沙新镇川沙路100弄', { road: '川沙路', lane: '100', number: null, building: null, room: null }],
  ])('%s', (input, expected) => {
    expect(normalizeRegistryAddress(input)).toMatchObject(expected);
  });

  it('gives spellings of one plot the same key', () => {
    const keys = [
      '上海市浦东新区张江路88号3幢501室',
      '浦东新区张江路88号',
      '中国(上海)自由贸易试验区张江路88号3号楼',
      '上海市浦东新区张江镇张江路８８号',
      '张江路 88 号',
    ].map((a) => normalizeRegistryAddress(a)?.key);
    expect(new Set(keys)).toEqual(new Set(['张江路||88']));
  });

  it('has no key without a road and a number', () => {
    expect(normalizeRegistryAddress('上海市浦东新区张江高科技园区')?.key ?? null).toBeNull();
    expect(normalizeRegistryAddress('   ')).toBeNull();
  });
});

describe('normalizePhoneNumbers', () => {
  it.each([
    ['021-50801234', ['50801234']],
    ['(021)50801234', ['50801234']],
    ['021 5080 1234', ['50801234']],
    ['02150801234', ['50801234']],
    ['50801234', ['50801234']],
    ['021-50801234-801', ['50801234']],
    ['50801234转801', ['50801234']],
    ['+86 21 50801234', ['50801234']],
    ['13912345678', ['13912345678']],
    ['139 1234 5678', ['13912345678']],
    ['+86 139 1234 5678', ['13912345678']],
    ['8613912345678', ['13912345678']],
    ['５０８０１２３４', ['50801234']],
    ['50801234/13912345678', ['50801234', '13912345678']],
    ['50801234，13912345678', ['50801234', '13912345678']],
    ['13912345678 50801234', ['13912345678', '50801234']],
    ['010-62751234', ['01062751234']],
    ['无', []],
    ['123', []],
  ])('%s → %j', (input, expected) => {
    expect(normalizePhoneNumbers(input)).toEqual(expected);
  });
});

describe('normalizePersonName', () => {
  it.each([
    ['张 伟', '张伟'],
    ['张伟先生', '张伟'],
    ['买买提·艾力', '买买提·艾力'],
    ['买买提•艾力', '买买提·艾力'],
    ['买买提.艾力', '买买提·艾力'],
    ['ｊｏｈｎ  smith', 'JOHN SMITH'],
    ['无', null],
    ['  ', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizePersonName(input)).toBe(expected);
  });
});

describe('parseRegistryDate', () => {
  it.each([
    ['2019-03-05', { iso: '2019-03-05', precision: 'day' }],
    ['2019/3/5', { iso: '2019-03-05', precision: 'day' }],
    ['2019.03.05', { iso: '2019-03-05', precision: 'day' }],
    ['20190305', { iso: '2019-03-05', precision: 'day' }],
    ['2019年3月5日', { iso: '2019-03-05', precision: 'day' }],
    ['2019-03-05 00:00:00', { iso: '2019-03-05', precision: 'day' }],
    ['2019-03-05T00:00:00Z', { iso: '2019-03-05', precision: 'day' }],
    ['201903', { iso: '2019-03', precision: 'month' }],
    ['2019-03', { iso: '2019-03', precision: 'month' }],
    ['2019年3月', { iso: '2019-03', precision: 'month' }],
    ['2019', { iso: '2019', precision: 'year' }],
    ['43529', { iso: '2019-03-05', precision: 'day' }],
    ['２０１９－０３－０５', { iso: '2019-03-05', precision: 'day' }],
  ] as const)('%s', (input, expected) => {
    expect(parseRegistryDate(input)).toEqual(expected);
  });

  it('reads Excel serial numbers', () => {
    expect(parseRegistryDate(43529)).toEqual({ iso: '2019-03-05', precision: 'day' });
  });

  it.each(['2019-02-30', '2019-13-01', '1800-01-01', 'yesterday', '', '12'])('rejects %s', (input) => {
    expect(parseRegistryDate(input)).toBeNull();
  });
});

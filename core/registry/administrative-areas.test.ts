import { describe, expect, it } from 'vitest';
import { describeAreaCode } from './administrative-areas';
import { CREDIT_CODE_AUTHORITIES } from './credit-code-authorities';
import { checkCreditCode, creditCodeCheckCharacter, organisationCodeCheckCharacter } from './credit-code';

describe('describeAreaCode', () => {
  it.each([
    ['310115', '上海市浦东新区', 'county', true],
    ['310101', '上海市黄浦区', 'county', true],
    ['310151', '上海市崇明区', 'county', true],
    ['310119', '上海市南汇区（2009 年并入浦东新区）', 'county', true],
    ['310230', '上海市崇明县（2016 年撤县设区）', 'county', true],
    ['310100', '上海市市辖区', 'prefecture', true],
    ['310000', '上海市', 'province', true],
    ['100000', '国家（中央登记机关）', 'national', true],
    ['440300', '广东省', 'province', false],
    ['320506', '江苏省', 'province', false],
    ['810000', '香港特别行政区', 'province', true],
  ] as const)('%s → %s (%s, exact %s)', (code, zh, level, isExact) => {
    expect(describeAreaCode(code)).toMatchObject({ code, zh, level, isExact });
  });

  it.each(['990000', '31011', '3101155', 'ABCDEF', ''])('knows nothing of %j', (code) => {
    expect(describeAreaCode(code)).toBeNull();
  });

  it('names every Shanghai district in English too', () => {
    expect(describeAreaCode('310115')?.en).toBe('Pudong New Area, Shanghai');
    expect(describeAreaCode('310000')?.en).toBe('Shanghai');
  });
});

/** A valid code for an authority, type and area, with any organisation-code body. */
function codeFor(authority: string, type: string, area: string, body = '12345678'): string {
  const first17 = `${authority}${type}${area}${body}${organisationCodeCheckCharacter(body)!}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

describe('the registration authority and entity type of a credit code', () => {
  it.each([
    ['1', '1', '机构编制', '机关'],
    ['1', '2', '机构编制', '事业单位'],
    ['2', '1', '外交', '外国常驻新闻机构'],
    ['3', '1', '司法行政', '律师执业机构'],
    ['3', '5', '司法行政', '仲裁委员会'],
    ['4', '1', '文化', '外国在华文化中心'],
    ['5', '1', '民政', '社会团体'],
    ['5', '2', '民政', '民办非企业单位'],
    ['5', '3', '民政', '基金会'],
    ['6', '2', '旅游', '港澳台地区旅游部门常驻内地（大陆）代表机构'],
    ['7', '1', '宗教', '宗教活动场所'],
    ['8', '1', '工会', '基层工会'],
    ['9', '1', '工商（市场监管）', '企业'],
    ['9', '2', '工商（市场监管）', '个体工商户'],
    ['9', '3', '工商（市场监管）', '农民专业合作社'],
    ['A', '1', '中央军委改革和编制办公室', '军队事业单位'],
    ['N', '2', '农业', '村级集体经济组织'],
    ['5', '9', '民政', '其他'],
  ])('%s%s → %s / %s', (authority, type, authorityName, typeName) => {
    const result = checkCreditCode(codeFor(authority, type, '310115'));
    expect(result).toMatchObject({
      valid: true,
      authority: { code: authority, zh: authorityName },
      entityType: { code: type, zh: typeName },
      areaCode: '310115',
    });
  });

  it('leaves an entity type the authority does not define unnamed', () => {
    expect(checkCreditCode(codeFor('9', '9', '310115'))).toMatchObject({ valid: true, entityType: { code: '9', zh: null, en: null } });
    expect(checkCreditCode(codeFor('B', '1', '310115'))).toMatchObject({ valid: true, authority: { code: 'B', zh: null } });
  });

  it('has an English name for every authority and type', () => {
    for (const authority of Object.values(CREDIT_CODE_AUTHORITIES)) {
      expect(authority.en).not.toBe('');
      for (const type of Object.values(authority.types)) expect(type.en).not.toBe('');
    }
  });
});

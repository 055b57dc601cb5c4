import { describe, expect, it } from 'vitest';
import { foldWidth, foldWidthAndBrackets } from './fold-width';
import { normalizeEnterpriseName, splitIndustryWords } from './normalize-enterprise-name';

const options = { regionNames: ['张江'] };
const key = (name: string) => normalizeEnterpriseName(name, options).key;

describe('normalizeEnterpriseName: spellings of one firm share a key', () => {
  it.each([
    ['上海华欣生物科技有限公司', '华欣生物科技有限公司'],
    ['上海华欣生物科技有限公司', '上海市华欣生物科技有限公司'],
    ['上海华欣生物科技有限公司', '上海华欣生物科技有限责任公司'],
    ['上海华欣生物科技有限公司', '上海 华欣生物科技 有限公司'],
    ['上海华欣生物科技有限公司', '上海华欣生物科技有限公司\u3000'],
    ['上海华欣生物科技有限公司', '华欣（上海）生物科技有限公司'],
    ['华欣（上海）生物科技有限公司', '华欣(上海)生物科技有限公司'],
    ['华欣【上海】生物科技有限公司', '华欣(上海)生物科技有限公司'],
    ['华欣〔上海〕生物科技有限公司', '华欣［上海］生物科技有限公司'],
    ['中国华欣生物科技有限公司', '华欣生物科技有限公司'],
    ['上海浦东华欣生物科技有限公司', '华欣生物科技有限公司'],
    ['浦东新区华欣生物科技有限公司', '上海华欣生物科技有限公司'],
    ['上海张江华欣生物科技有限公司', '华欣生物科技有限公司'],
    ['ＡＢＣ生物科技（上海）有限公司', 'abc生物科技(上海)有限公司'],
    ['上海华欣生物科技股份有限公司', '华欣生物科技股份公司'],
    ['上海华欣创业投资合伙企业（有限合伙）', '上海华欣创业投资合伙企业(有限合伙)'],
    ['上海华欣创业投资合伙企业（有限合伙）', '华欣创业投资（有限合伙）'],
    ['上海华欣集团有限公司', '上海华欣（集团）有限公司'],
    ['上海华欣生物科技有限公司张江分公司', '上海华欣生物科技有限公司（张江）分公司'],
    ['上海华欣生物科技有限公司张江分公司', '华欣生物科技有限公司上海张江分公司'],
    ['上海华欣生物科技有限公司（筹）', '上海华欣生物科技有限公司'],
    ['“上海华欣”生物科技有限公司', '上海华欣生物科技有限公司。'],
    ['上海华欣生物-科技有限公司', '上海华欣生物·科技有限公司'],
  ])('%s = %s', (a, b) => {
    expect(key(a)).toBe(key(b));
  });
});

describe('normalizeEnterpriseName: different firms keep different keys', () => {
  it.each([
    ['上海华欣生物科技有限公司', '上海华新生物科技有限公司'],
    ['上海华欣生物科技有限公司', '上海华欣医药科技有限公司'],
    ['上海华欣生物科技有限公司', '上海华欣生物科技有限公司张江分公司'],
    ['上海华欣生物科技有限公司张江分公司', '上海华欣生物科技有限公司康桥分公司'],
    ['上海华欣生物科技有限公司', '上海华欣生物科技股份有限公司'],
    ['上海华欣有限公司', '上海华欣集团有限公司'],
    ['上海华欣创业投资合伙企业（有限合伙）', '上海华欣创业投资合伙企业（普通合伙）'],
    ['上海华欣生物科技有限公司', '上海欣华生物科技有限公司'],
    ['上海华欣生物科技有限公司', '上海华欣华生物科技有限公司'],
  ])('%s ≠ %s', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });
});

describe('normalizeEnterpriseName: parts', () => {
  it('splits region, trade name, industry words, legal form and branch', () => {
    const name = normalizeEnterpriseName('上海张江华欣生物医药科技有限公司浦东分公司', options);
    expect(name).toMatchObject({
      core: '华欣生物医药科技',
      tradeName: '华欣',
      tokens: ['华欣', '生物', '医药科技'],
      legalForm: 'limited',
      branch: '浦东分公司',
      regions: ['上海', '张江'],
      isGroup: false,
    });
  });

  it('keeps a core of at least two characters rather than strip a region that is the whole 字号', () => {
    expect(normalizeEnterpriseName('上海浦东有限公司').core).toBe('浦东');
  });

  it('reads partnership forms from the bracket', () => {
    expect(normalizeEnterpriseName('上海华欣投资管理合伙企业（普通合伙）').legalForm).toBe('general-partnership');
    expect(normalizeEnterpriseName('上海华欣投资管理合伙企业（有限合伙）').legalForm).toBe('limited-partnership');
  });

  it('treats names with the group word as group parents', () => {
    expect(normalizeEnterpriseName('上海华欣集团有限公司')).toMatchObject({ core: '华欣', isGroup: true });
  });

  it('splits industry words longest first', () => {
    expect(splitIndustryWords('华欣集成电路设计')).toEqual(['华欣', '集成电路', '设计']);
    expect(splitIndustryWords('科技发展')).toEqual(['科技', '发展']);
  });
});

describe('fold-width', () => {
  it.each([
    ['ＡＢＣ１２３', 'ABC123'],
    ['华欣\u3000科技', '华欣 科技'],
    ['plain 华欣', 'plain 华欣'],
  ])('foldWidth(%s) = %s', (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });

  it('folds every bracket kind to ASCII', () => {
    expect(foldWidthAndBrackets('（）【】〔〕［］')).toBe('()()()()');
  });
});

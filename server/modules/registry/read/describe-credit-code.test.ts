import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../../../../core/registry';
import { describeCreditCode } from './describe-credit-code';

function codeFor(prefix: string, body = 'MA1FX001'): string {
  const first17 = `${prefix}${body}${organisationCodeCheckCharacter(body)!}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

describe('describeCreditCode', () => {
  it.each<[string, 'zh-CN' | 'en', Record<string, unknown>]>([
    [codeFor('91310115'), 'zh-CN', { authority: { code: '9', name: '工商（市场监管）' }, entityType: { code: '1', name: '企业' }, areaName: '上海市浦东新区', areaLevel: 'county' }],
    [codeFor('91310115'), 'en', { authority: { code: '9', name: 'Market regulation' }, entityType: { code: '1', name: 'Enterprise' }, areaName: 'Pudong New Area, Shanghai' }],
    [codeFor('52310000'), 'zh-CN', { authority: { name: '民政' }, entityType: { name: '民办非企业单位' }, areaName: '上海市', areaLevel: 'province' }],
    [codeFor('12100000'), 'zh-CN', { authority: { name: '机构编制' }, entityType: { name: '事业单位' }, areaName: '国家（中央登记机关）', areaLevel: 'national' }],
    [codeFor('91320506'), 'zh-CN', { areaCode: '320506', areaName: '江苏省', areaLevel: 'province' }],
  ])('decodes %s (%s)', (code, locale, expected) => {
    expect(describeCreditCode(code, locale)).toMatchObject({ valid: true, normalized: code, reason: null, ...expected });
  });

  it('names no area it does not know', () => {
    const answer = describeCreditCode(codeFor('91990000'), 'zh-CN');
    expect(answer).toMatchObject({ valid: true, areaCode: '990000' });
    expect(answer.areaName).toBeUndefined();
  });

  it('explains an invalid code in the caller\u2019s language and decodes nothing', () => {
    expect(describeCreditCode('91310115MA1FX0010', 'zh-CN')).toEqual({
      valid: false,
      normalized: '91310115MA1FX0010',
      reason: '统一社会信用代码应为 18 位，实际为 17 位',
    });
    expect(describeCreditCode('', 'en')).toEqual({ valid: false, normalized: '', reason: 'the credit code is empty' });
  });
});

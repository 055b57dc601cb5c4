import type { Locale } from '../../../../core/errors';
import { checkCreditCode, describeAreaCode, describeCreditCodeProblem } from '../../../../core/registry';
import type { CreditCodeAnswer } from './registry-read.schema';

/**
 * 信用代码校验 — checks a typed code (lower case and full width folded first) and, when valid, names its registration
 * authority, entity type and the area of the registering authority, in the caller's language.
 */
export function describeCreditCode(input: string, locale: Locale): CreditCodeAnswer {
  const result = checkCreditCode(input);
  if (!result.valid) return { valid: false, normalized: result.code, reason: describeCreditCodeProblem(result.problem, locale) };
  const inZh = locale === 'zh-CN';
  const area = describeAreaCode(result.areaCode);
  return {
    valid: true,
    normalized: result.code,
    reason: null,
    authority: { code: result.authority.code, name: inZh ? result.authority.zh : result.authority.en },
    entityType: { code: result.entityType.code, name: inZh ? result.entityType.zh : result.entityType.en },
    areaCode: result.areaCode,
    ...(area ? { areaName: inZh ? area.zh : area.en, areaLevel: area.level } : {}),
    organisationCode: result.organisationCode,
  };
}

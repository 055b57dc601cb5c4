/** 政策规则的错误 — the rule language, evaluation, drafts and publication of policies. Merged into the one catalogue of core/errors.ts. */
import type { ErrorSpec } from './error-spec';

export const policyErrors = {
  /** Facts handed to a policy evaluation have the wrong type or an unknown name; `facts` lists each with its reason. */
  POLICY_FACTS_INVALID: { status: 400, zh: '事实数据有误：{facts}', en: 'Invalid facts: {facts}' },
  /** A policy is evaluated on a date that none of its versions covers. */
  POLICY_NOT_IN_FORCE: {
    status: 400,
    zh: '政策 {policyId} 在 {asOf} 不在有效期内',
    en: 'Policy {policyId} is not in force on {asOf}',
  },
  /** A policy id the catalogue in force does not have. */
  POLICY_NOT_FOUND: { status: 404, zh: '未找到政策：{policyId}', en: 'No such policy: {policyId}' },
  /** A policy draft names unknown or shared parameters, gives values of the wrong type, or would not load; `issues` lists each. */
  POLICY_DRAFT_INVALID: { status: 400, zh: '政策草案有误：{issues}', en: 'Invalid policy draft: {issues}' },
  /** A draft starts on or before the day the latest version began: publishing it would rewrite history. */
  POLICY_DRAFT_TOO_EARLY: {
    status: 400,
    zh: '草案生效日期 {validFrom} 须晚于最新的第 {version} 版的起始日 {currentFrom}（历史版本不可修改）',
    en: 'The draft starts {validFrom}; it must start after {currentFrom}, the start of version {version}, the latest (history is never edited)',
  },
  /** A draft id that this policy does not have. */
  POLICY_DRAFT_NOT_FOUND: { status: 404, zh: '未找到政策 {policyId} 的草案 {draftId}', en: 'Policy {policyId} has no draft {draftId}' },
  /** Changing, deleting or publishing a draft that was already published. */
  POLICY_DRAFT_PUBLISHED: {
    status: 409,
    zh: '草案已发布为第 {version} 版，不能再修改、删除或发布',
    en: 'The draft was published as version {version}; it cannot be changed, deleted or published again',
  },
} as const satisfies Record<string, ErrorSpec>;

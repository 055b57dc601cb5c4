/** 导出匹配名单 — the whole matching list within the caller's scope as Excel, each record with its reasons. */
import type { FastifyReply } from 'fastify';
import type pg from 'pg';
import { pickText, type Policy, type RuleLocale } from '../../../core/rules';
import type { AuthContext } from '../../platform/auth';
import { sendXlsx } from '../../platform/tabular';
import { getPolicy } from './get-policy';
import type { CatalogueInForce } from './load-catalogue-in-force';
import type { RegistrySnapshot } from './registry-snapshot';
import { matchEnterprises, presentMatch, type Match, type MatchQuery } from './match-enterprises';
import { PoliciesPermission } from './policies.permissions';
import { missingLabels, resultLabel } from './result-labels';

const COLUMNS: Record<RuleLocale, { header: string; width?: number }[]> = {
  'zh-CN': [
    { header: '企业名称', width: 36 },
    { header: '统一社会信用代码', width: 22 },
    { header: '街镇', width: 12 },
    { header: '管理主体', width: 16 },
    { header: '结论', width: 10 },
    { header: '金额（元）', width: 14 },
    { header: '待补充信息', width: 30 },
    { header: '理由', width: 80 },
  ],
  en: [
    { header: 'Enterprise', width: 36 },
    { header: 'Credit code', width: 22 },
    { header: 'Town', width: 16 },
    { header: 'Body', width: 20 },
    { header: 'Result', width: 14 },
    { header: 'Amount (CNY)', width: 14 },
    { header: 'Still needed', width: 30 },
    { header: 'Reasons', width: 80 },
  ],
};

export async function exportMatches(
  reply: FastifyReply,
  pool: pg.Pool,
  zoneId: string,
  snapshot: RegistrySnapshot,
  catalogue: CatalogueInForce,
  auth: AuthContext,
  policyId: string,
  query: MatchQuery,
  locale: RuleLocale,
): Promise<FastifyReply> {
  const { policy } = getPolicy(catalogue, policyId, query.asOf);
  const { matches } = await matchEnterprises(pool, zoneId, snapshot, catalogue, policy, auth.filterFor(PoliciesPermission.Match), query);
  const title = locale === 'zh-CN' ? '政策匹配企业' : 'matching enterprises';
  return sendXlsx(reply, `${pickText(policy.name, locale)}-${title}-${query.asOf}.xlsx`, [
    { name: locale === 'zh-CN' ? '匹配名单' : 'Matches', columns: COLUMNS[locale], rows: exportRows(matches, policy, query.asOf, locale) },
  ]);
}

// Lazily, as the workbook is written: the reasons of 30,000 records are not held at once.
function* exportRows(matches: readonly Match[], policy: Policy, asOf: string, locale: RuleLocale): Generator<unknown[]> {
  for (const match of matches) {
    const item = presentMatch(match, policy, asOf, locale);
    yield [item.name, item.creditCode, item.townName, item.bodyName, resultLabel(item.result, locale), item.amount,
      missingLabels(policy, item.missing, locale), item.reasons.join('\n')];
  }
}

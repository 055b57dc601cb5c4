/** 导出模拟结果 — the simulation as Excel: the summary, the groups by town, body and industry, and every change. */
import type { FastifyReply } from 'fastify';
import { pickText, type RuleLocale } from '../../../core/rules';
import { sendXlsx, type XlsxSheet } from '../../platform/tabular';
import { listGroups, presentChange, presentSimulation } from './present-simulation';
import { resultLabel } from './result-labels';
import type { SimulationDimension, SimulationRun } from './run-simulation';

const WORDS = {
  'zh-CN': {
    file: '政策模拟测算', summary: '汇总', changes: '变化企业', item: '项目', current: '现行版本', draft: '草案', delta: '差额',
    enterprises: '参与测算企业数', eligible: '符合企业数', likely: '可能符合企业数', undetermined: '待确认企业数', amount: '资助总额（元）', gained: '新增受益企业数', lost: '不再受益企业数',
    group: { town: '按街镇', body: '按管理主体', industry: '按产业' }, groupHeader: '分组',
    eligibleCurrent: '现行符合数', likelyCurrent: '现行可能符合数', amountCurrent: '现行金额（元）', eligibleDraft: '草案符合数', likelyDraft: '草案可能符合数', amountDraft: '草案金额（元）',
    enterprise: '企业名称', town: '街镇', from: '现行结论', to: '草案结论', amountFrom: '现行金额（元）', amountTo: '草案金额（元）',
  },
  en: {
    file: 'policy simulation', summary: 'Summary', changes: 'Changes', item: 'Figure', current: 'In force', draft: 'Draft', delta: 'Difference',
    enterprises: 'Enterprises simulated', eligible: 'Eligible', likely: 'Likely eligible', undetermined: 'To be confirmed', amount: 'Total amount (CNY)', gained: 'Gain', lost: 'Lose',
    group: { town: 'By town', body: 'By body', industry: 'By industry' }, groupHeader: 'Group',
    eligibleCurrent: 'Eligible (in force)', likelyCurrent: 'Likely (in force)', amountCurrent: 'Amount in force (CNY)', eligibleDraft: 'Eligible (draft)', likelyDraft: 'Likely (draft)', amountDraft: 'Amount (draft, CNY)',
    enterprise: 'Enterprise', town: 'Town', from: 'Result in force', to: 'Result under draft', amountFrom: 'Amount in force (CNY)', amountTo: 'Amount under draft (CNY)',
  },
} as const;

export function exportSimulation(reply: FastifyReply, run: SimulationRun, locale: RuleLocale): FastifyReply {
  const w = WORDS[locale];
  const s = presentSimulation(run, locale);
  const summary: XlsxSheet = {
    name: w.summary,
    columns: [{ header: w.item, width: 24 }, { header: w.current, width: 18 }, { header: w.draft, width: 18 }, { header: w.delta, width: 18 }],
    rows: [
      [w.enterprises, s.enterprises, s.enterprises, 0],
      [w.eligible, s.current.eligible, s.draft.eligible, s.draft.eligible - s.current.eligible],
      [w.likely, s.current.likely, s.draft.likely, s.draft.likely - s.current.likely],
      [w.undetermined, s.current.undetermined, s.draft.undetermined, s.draft.undetermined - s.current.undetermined],
      [w.amount, s.current.amount, s.draft.amount, s.amountDelta],
      [w.gained, null, s.gained, null],
      [w.lost, null, s.lost, null],
    ],
  };
  const group = (dimension: SimulationDimension): XlsxSheet => ({
    name: w.group[dimension],
    columns: [
      { header: w.groupHeader, width: 24 },
      { header: w.eligibleCurrent },
      { header: w.likelyCurrent },
      { header: w.amountCurrent, width: 18 },
      { header: w.eligibleDraft },
      { header: w.likelyDraft },
      { header: w.amountDraft, width: 18 },
    ],
    rows: listGroups(run, dimension, locale).map((g) => [g.label, g.current.eligible, g.current.likely, g.current.amount, g.draft.eligible, g.draft.likely, g.draft.amount]),
  });
  const changes: XlsxSheet = {
    name: w.changes,
    columns: [{ header: w.enterprise, width: 36 }, { header: w.town, width: 14 }, { header: w.from }, { header: w.to }, { header: w.amountFrom, width: 18 }, { header: w.amountTo, width: 18 }],
    rows: (function* () {
      for (const change of run.changes) {
        const c = presentChange(change, locale);
        yield [c.name, c.townName, resultLabel(c.from, locale), resultLabel(c.to, locale), c.amountFrom, c.amountTo];
      }
    })(),
  };
  const fileName = `${pickText(run.policy.name, locale)}-${w.file}-${run.asOf}.xlsx`;
  return sendXlsx(reply, fileName, [summary, group('town'), group('body'), group('industry'), changes]);
}

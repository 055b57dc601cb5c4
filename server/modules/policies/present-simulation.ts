/** 模拟结果展示 — a simulation run as the API shows it: totals in yuan, groups with their names, the first changes. */
import { pickText, type GroupTotals, type Policy, type RuleLocale, type Text } from '../../../core/rules';
import type { SimulationDimension, SimulationRun } from './run-simulation';

/** The first changes the page lists; the Excel export has them all. */
export const CHANGES_SHOWN = 200;

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);
const UNKNOWN: Text = { zh: '未知', en: 'unknown' };

/** 分组名称 — town and body names as the registry rows carried them, industries by the fact's option labels. */
export function groupLabel(run: SimulationRun, dimension: SimulationDimension, key: string, locale: RuleLocale): string {
  if (key === '') return pickText(UNKNOWN, locale);
  const text = dimension === 'industry' ? industryLabel(run.policy, key) : run.names[dimension].get(key);
  return text ? pickText(text, locale) : key;
}

function industryLabel(policy: Policy, value: string): Text | undefined {
  return policy.facts['industry.leading']?.options?.find((o) => o.value === value)?.label;
}

export function listGroups(run: SimulationRun, dimension: SimulationDimension, locale: RuleLocale) {
  return [...run.totals.groups[dimension]]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([key, totals]: [string, GroupTotals]) => ({
      key: key === '' ? 'unknown' : key,
      label: groupLabel(run, dimension, key, locale),
      current: { eligible: totals.current.eligible, likely: totals.current.likely, amount: totals.current.amountFen / 100 },
      draft: { eligible: totals.draft.eligible, likely: totals.draft.likely, amount: totals.draft.amountFen / 100 },
    }));
}

export function presentChange(change: SimulationRun['changes'][number], locale: RuleLocale) {
  return {
    enterpriseId: change.enterpriseId,
    name: change.name,
    townName: change.townName ? pickText(change.townName, locale) : null,
    from: change.from,
    to: change.to,
    amountFrom: yuan(change.amountFromFen),
    amountTo: yuan(change.amountToFen),
  };
}

export function presentSimulation(run: SimulationRun, locale: RuleLocale) {
  const { totals } = run;
  const side = (s: typeof totals.current) => ({ eligible: s.eligible, likely: s.likely, undetermined: s.undetermined, amount: s.amountFen / 100 });
  return {
    asOf: run.asOf,
    enterprises: totals.enterprises,
    current: side(totals.current),
    draft: side(totals.draft),
    gained: totals.gained,
    lost: totals.lost,
    amountDelta: totals.amountDeltaFen / 100,
    byTown: listGroups(run, 'town', locale),
    byBody: listGroups(run, 'body', locale),
    byIndustry: listGroups(run, 'industry', locale),
    changes: run.changes.slice(0, CHANGES_SHOWN).map((change) => presentChange(change, locale)),
  };
}

import { useTranslation } from 'react-i18next';
import { ACTION_SPECS, isWorkflowAction } from '../../../../core/workflow';
import { useLocalized } from '../../../app/localized';
import { formatYuan } from '../../policies/shared/format-value';
import type { CaseDetail } from '../cases-api';
import type { TimelineVocabulary } from '../detail/timeline-view';
import { useUnitNames } from './use-unit-names';

/**
 * A catalogue text under a key made from data (a payload field, an enumerated value), or `fallback` when the
 * catalogue has none: a field or value the server adds later still shows, as it is.
 */
export function useLooseText() {
  const { t, i18n } = useTranslation();
  return (key: string, fallback: string) => (i18n.exists(key) ? (t as (key: string) => string)(key) : fallback);
}

/** The name of a workflow action in the UI language (core/workflow names every action in both). */
export function useActionLabel() {
  const { text } = useLocalized();
  return (action: string) => (isWorkflowAction(action) ? text(ACTION_SPECS[action].zh, ACTION_SPECS[action].en) : action);
}

/**
 * Ids of a case in words: units from the zone, stages from the case's workflow, experts from the panel list,
 * enumerated payload values from the catalogue.
 */
export function useCaseWords(detail: CaseDetail | undefined, experts: ReadonlyMap<string, string> = new Map()): TimelineVocabulary {
  const loose = useLooseText();
  const { language, name } = useLocalized();
  const actionLabel = useActionLabel();
  const { unitName } = useUnitNames();
  const stages = new Map((detail?.stages ?? []).map((stage) => [stage.id, name({ name: stage.name, nameEn: stage.nameEn })]));
  if (detail) stages.set(detail.stage.id, name({ name: detail.stage.name, nameEn: detail.stage.nameEn }));
  return {
    action: actionLabel,
    unit: unitName,
    stage: (id) => stages.get(id) ?? id,
    user: (id) => experts.get(id) ?? id,
    value: (field, value) => loose(`cases.values.${field}.${value}`, value),
    money: (amount) => formatYuan(amount, language),
  };
}

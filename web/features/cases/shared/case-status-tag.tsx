import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/localized';
import type { CaseSummary } from '../cases-api';

const OUTCOME_COLORS = { completed: 'success', withdrawn: 'default', refused: 'error', rejected: 'error' } as const;

/** 办件状态 — the stage of an open case, or how a closed one ended. */
export function CaseStatusTag({ item }: { item: Pick<CaseSummary, 'status' | 'outcome' | 'stage'> }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  if (item.status === 'closed' && item.outcome) {
    return <Tag color={OUTCOME_COLORS[item.outcome]}>{t(`cases.outcome.${item.outcome}`)}</Tag>;
  }
  return (
    <Tag color="processing" data-testid="stage-tag">
      {name({ name: item.stage.name, nameEn: item.stage.nameEn })}
    </Tag>
  );
}

import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, DeadlineReading } from '../cases-api';
import { DeadlineTag } from '../shared/deadline-tag';

/** 办理时限 — the running clocks in working days: the promised and the statutory limit, used, left and due. */
export function ClocksCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const clocks = detail.clocks.filter((clock) => clock.isRunning);
  const reading = (limit: DeadlineReading | null) =>
    limit ? (
      <span>
        <DeadlineTag deadline={limit} />
        {t('cases.clocks.reading', { used: limit.usedWorkingDays, limit: limit.limit, due: limit.dueDate ?? t('common.none') })}
      </span>
    ) : (
      t('common.none')
    );
  return (
    <Card title={t('cases.detail.clocks')} size="small" data-testid="case-clocks">
      {clocks.length === 0 ? (
        t('cases.clocks.none')
      ) : (
        clocks.map((clock, index) => (
          <Descriptions
            key={`${clock.kind}:${clock.stageId ?? ''}:${index}`}
            size="small"
            column={1}
            title={t(`cases.clocks.kind.${clock.kind}`)}
            style={{ marginBottom: 8 }}
            items={[
              { key: 'promised', label: t('cases.clocks.promised'), children: reading(clock.promised) },
              { key: 'statutory', label: t('cases.clocks.statutory'), children: reading(clock.statutory) },
            ]}
          />
        ))
      )}
    </Card>
  );
}

import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../policies-api';
import { formatYuan } from '../shared/format-value';
import { ResultTag } from '../shared/policy-tags';
import { usePick } from '../shared/use-pick';

type Change = Simulation['changes'][number];

/** 结论变化 — the enterprises whose result or amount the draft changes (the first 200; the export has them all). */
export function ChangesTable({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  const { language } = usePick();
  return (
    <Card
      size="small"
      title={t('policies.simulation.changes')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('policies.simulation.changesLimit')}
        </Typography.Text>
      }
    >
      <Table<Change>
        rowKey="enterpriseId"
        size="small"
        dataSource={changes}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('policies.simulation.noChanges') }}
        data-testid="simulation-changes"
        columns={[
          { title: t('policies.simulation.enterprise'), dataIndex: 'name' },
          { title: t('policies.simulation.town'), width: 120, render: (_, c) => c.townName ?? t('policies.none') },
          {
            title: `${t('policies.simulation.from')} → ${t('policies.simulation.to')}`,
            width: 200,
            render: (_, c) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                <ResultTag result={c.from} /> <ArrowRightOutlined style={{ fontSize: 11, color: '#94a3b8' }} /> <ResultTag result={c.to} />
              </span>
            ),
          },
          { title: t('policies.simulation.amountFrom'), width: 140, align: 'right', render: (_, c) => formatYuan(c.amountFrom, language) },
          { title: t('policies.simulation.amountTo'), width: 140, align: 'right', render: (_, c) => formatYuan(c.amountTo, language) },
        ]}
      />
    </Card>
  );
}

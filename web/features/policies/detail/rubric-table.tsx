import { Empty, Flex, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../policies-api';
import { usePick } from '../shared/use-pick';

type Criterion = Rubric['criteria'][number];

/** 评审标准 — the unified rubric experts score against: criteria with their weights, and the scale's meaning. */
export function RubricTable({ rubric }: { rubric: Rubric | null }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  if (!rubric) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.detail.noRubric')} />;
  return (
    <div data-testid="rubric">
      <Flex gap={6} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('policies.detail.scale', { min: rubric.scale.min, max: rubric.scale.max })}</Typography.Text>
        {rubric.scale.labels.map((label) => (
          <Tag key={label.score} style={{ marginInlineEnd: 0 }}>
            {label.score} · {pick(label.label)}
          </Tag>
        ))}
      </Flex>
      <Table<Criterion>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rubric.criteria}
        columns={[
          {
            title: t('policies.detail.criterion'),
            render: (_, c) => (
              <div>
                <div>{pick(c.name)}</div>
                {c.description && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {pick(c.description)}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('policies.detail.weight'),
            width: 200,
            render: (_, c) => <Progress percent={c.weight} size="small" format={(percent) => `${percent}%`} />,
          },
        ]}
      />
    </div>
  );
}

import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchField, ReviewItem, SourceRecord } from '../registry-api';
import { useRegistryLabels } from '../use-registry-labels';

const fields: readonly MatchField[] = ['name', 'creditCode', 'address', 'legalRep', 'phone', 'foundedOn'];

interface PairRow {
  field: MatchField;
  a: string | null;
  b: string | null;
  level: string | undefined;
  weight: number | undefined;
}

/** 记录对照 — the two records of a doubtful pair side by side, field by field, each row tinted by how the model compared it. */
export function ReviewPair({ item }: { item: ReviewItem }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const stepOf = (field: MatchField) => item.steps.find((step) => step.field === field);
  const rows: PairRow[] = fields.map((field) => ({
    field,
    a: item.recordA[field],
    b: item.recordB[field],
    level: stepOf(field)?.level,
    weight: stepOf(field)?.weight,
  }));
  const header = (record: SourceRecord, side: 'A' | 'B') => (
    <div>
      <Tag color={side === 'A' ? 'blue' : 'purple'}>{side}</Tag>
      {labels.source(record.sourceId)}
      <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginInlineStart: 8 }}>
        {t('registry.detail.batchRow', { batch: record.batchId, row: record.rowNo })}
      </Typography.Text>
    </div>
  );
  const tint = (row: PairRow) => (row.weight === undefined || row.level === 'missing' ? undefined : row.weight >= 0 ? '#f0f9f3' : '#fdf1ee');
  return (
    <Table<PairRow>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      bordered
      data-testid="review-pair"
      onRow={(row) => ({ style: { background: tint(row) } })}
      columns={[
        { title: t('registry.review.field'), width: 130, render: (_, row) => labels.field(row.field) },
        { title: header(item.recordA, 'A'), render: (_, row) => row.a ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> },
        { title: header(item.recordB, 'B'), render: (_, row) => row.b ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> },
      ]}
    />
  );
}

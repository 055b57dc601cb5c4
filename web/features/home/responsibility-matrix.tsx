import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { SourceTag } from './source-tag';
import type { Responsibility, UnitKind, UnitRef } from './zone-summary';

// Long English unit names must wrap inside their tag, or they push the other columns off the table.
const tagStyle = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

function UnitTags({ units, kinds = [], color }: { units: UnitRef[]; kinds?: UnitKind[]; color?: string }) {
  const { name } = useLocalized();
  const { t } = useTranslation();
  if (units.length === 0 && kinds.length === 0) {
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  return (
    <Flex gap={6} wrap>
      {units.map((unit) => (
        <Tag key={unit.id} color={color} style={tagStyle}>
          {name(unit)}
        </Tag>
      ))}
      {kinds.map((kind) => (
        <Tag key={kind} style={tagStyle}>
          {t(`home.supportKinds.${kind}`)}
        </Tag>
      ))}
    </Flex>
  );
}

/** 责任分工 — who leads and who supports each matter, with the source of each row. */
export function ResponsibilityMatrix({ rows }: { rows: Responsibility[] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();

  const columns: TableColumnsType<Responsibility> = [
    {
      title: t('home.matrix.matter'),
      key: 'matter',
      width: '20%',
      render: (_, row) => <Typography.Text strong>{text(row.matter, row.matterEn)}</Typography.Text>,
    },
    {
      title: t('home.matrix.lead'),
      key: 'lead',
      width: '36%',
      render: (_, row) => <UnitTags units={row.lead} color="blue" />,
    },
    {
      title: t('home.matrix.support'),
      key: 'support',
      width: '32%',
      render: (_, row) => <UnitTags units={row.support} kinds={row.supportKinds} />,
    },
    {
      title: t('home.matrix.basis'),
      key: 'basis',
      width: 112,
      align: 'center',
      render: (_, row) => <SourceTag verified={row.verified} source={row.source} />,
    },
  ];

  return (
    <Card
      title={t('home.matrix.title')}
      extra={<Typography.Text type="secondary">{t('home.matrix.description')}</Typography.Text>}
      styles={{ body: { padding: 0 } }}
      style={{ height: '100%' }}
      data-testid="responsibility-matrix"
    >
      <Table<Responsibility>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        locale={{ emptyText: t('home.matrix.empty') }}
        scroll={{ x: 720 }}
      />
    </Card>
  );
}

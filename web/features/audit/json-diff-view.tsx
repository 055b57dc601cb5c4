import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffJson, formatValue, type DiffRow } from './json-diff';

const rowColours: Record<DiffRow['change'], string | undefined> = {
  added: '#f0faf0',
  removed: '#fff1f0',
  changed: '#fffbe6',
  same: undefined,
};

/** An audit record's before/after summary as a field-by-field table; changed fields are tinted. */
export function JsonDiffView({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffJson(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Table<DiffRow>
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      onRow={(row) => ({ style: { background: rowColours[row.change] } })}
      columns={[
        { title: t('audit.field'), dataIndex: 'path', width: 220, render: (path: string) => <Typography.Text code>{path || t('audit.value')}</Typography.Text> },
        { title: t('audit.before'), dataIndex: 'before', render: (value: unknown, row) => <Cell value={value} isStruck={row.change === 'changed' || row.change === 'removed'} /> },
        { title: t('audit.after'), dataIndex: 'after', render: (value: unknown) => <Cell value={value} /> },
        { title: '', dataIndex: 'change', width: 90, render: (change: DiffRow['change']) => change !== 'same' && <Typography.Text type="secondary">{t(`audit.changes.${change}`)}</Typography.Text> },
      ]}
    />
  );
}

function Cell({ value, isStruck = false }: { value: unknown; isStruck?: boolean }) {
  const text = formatValue(value);
  return (
    <Typography.Text delete={isStruck && text !== ''} style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
      {text}
    </Typography.Text>
  );
}

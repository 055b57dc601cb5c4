import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MappingTemplate } from '../registry-api';
import { useRegistryLabels } from '../use-registry-labels';

interface TemplateRow {
  field: string;
  headers: string[];
  isRequired: boolean;
}

/** 字段映射模板 — for each field of the source, the column headers its files may use; required fields first. */
export function MappingTemplateTable({ mapping }: { mapping: MappingTemplate }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const rows: TemplateRow[] = Object.entries(mapping.columns)
    .map(([field, headers]) => ({ field, headers, isRequired: mapping.required.includes(field) }))
    .sort((a, b) => Number(b.isRequired) - Number(a.isRequired));
  return (
    <Table<TemplateRow>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="mapping-template"
      columns={[
        {
          title: t('registry.imports.field'),
          width: 200,
          render: (_, row) => (
            <Space size={4}>
              <span>{labels.field(row.field)}</span>
              {row.isRequired && <Tag color="red">{t('registry.imports.required')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('registry.imports.headers'),
          render: (_, row) => (
            <Space size={[4, 4]} wrap>
              {row.headers.map((header) => (
                <Tag key={header} style={{ marginInlineEnd: 0 }}>
                  <Typography.Text style={{ fontSize: 12 }}>{header}</Typography.Text>
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

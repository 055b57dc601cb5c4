import { Card, Descriptions, Flex, Listy, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../../policies/policies-api';
import { formatValue } from '../../policies/shared/format-value';
import { usePick } from '../../policies/shared/use-pick';
import type { CaseDetail } from '../cases-api';
import { formatSize } from '../portal/upload-check';

/** 申请内容 — the latest submission: the form's answers by their labels and the materials with their checksums. */
export function ApplicationCard({ detail, policy }: { detail: CaseDetail; policy: PolicyDetail | undefined }) {
  const { t } = useTranslation();
  const { pick, language } = usePick();
  const fields = policy?.form ?? [];
  const known = new Set(fields.map((f) => f.name));
  const materialName = (id: string) => {
    const material = policy?.materials.find((m) => m.id === id);
    return material ? pick(material.name) : id;
  };
  return (
    <Card size="small" title={t('cases.detail.application')} data-testid="case-application">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          ...fields
            .filter((field) => detail.facts[field.name] !== undefined)
            .map((field) => ({ key: field.name, label: pick(field.label), children: formatValue(field.type, detail.facts[field.name], language, field.options) })),
          ...Object.entries(detail.facts)
            .filter(([name]) => !known.has(name))
            .map(([name, value]) => ({ key: name, label: name, children: typeof value === 'object' ? JSON.stringify(value) : String(value) })),
        ]}
      />
      <Typography.Title level={5} style={{ fontSize: 14, marginTop: 12 }}>
        {t('cases.detail.materials')}
      </Typography.Title>
      {detail.materials.length === 0 && <Typography.Text type="secondary">{t('cases.detail.noMaterials')}</Typography.Text>}
      <Listy
        items={detail.materials}
        rowKey="id"
        itemRender={(material) => (
          <Flex justify="space-between" align="center" gap={8}>
            <span>
              <Typography.Text strong>{materialName(material.materialId)}</Typography.Text>
              {t('cases.detail.labelSeparator')}
              {material.name}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatSize(material.size)} · SHA-256 {material.sha256.slice(0, 12)}…
            </Typography.Text>
          </Flex>
        )}
      />
    </Card>
  );
}

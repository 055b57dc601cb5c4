import { Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyMaterial } from '../policies-api';
import { usePick } from '../shared/use-pick';

/** 申报材料 — what an application attaches: required, optional, or only when a condition holds. */
export function MaterialsList({ materials }: { materials: PolicyMaterial[] }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  if (materials.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.detail.noMaterials')} />;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="materials">
      {materials.map((m) => (
        <li key={m.id} style={{ marginBottom: 8 }}>
          <Flex gap={6} align="center" wrap>
            <span>{pick(m.name)}</span>
            {m.conditional ? (
              <Tooltip title={t('policies.detail.conditionalHint')}>
                <Tag color="gold" style={{ cursor: 'help', marginInlineEnd: 0 }} data-testid="conditional">
                  {t('policies.detail.conditional')}
                </Tag>
              </Tooltip>
            ) : (
              <Tag color={m.required ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                {t(m.required ? 'policies.detail.required' : 'policies.detail.optional')}
              </Tag>
            )}
          </Flex>
          {m.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pick(m.note)}
            </Typography.Text>
          )}
        </li>
      ))}
    </ol>
  );
}

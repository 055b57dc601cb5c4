import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { PolicyDraft } from '../policies-api';

/** 草稿版本 — a policy's drafts, newest first; one is opened at a time. */
export function DraftsCard({
  drafts,
  selectedId,
  loading,
  onSelect,
  onCreate,
}: {
  drafts: PolicyDraft[];
  selectedId: string | undefined;
  loading: boolean;
  onSelect: (draftId: string) => void;
  onCreate: () => void;
}) {
  const { t } = useTranslation();
  const newestFirst = [...drafts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card
      title={t('policies.simulation.drafts')}
      loading={loading}
      extra={
        <Button type="primary" size="small" icon={<PlusOutlined />} onClick={onCreate} data-testid="new-draft">
          {t('policies.simulation.newDraft')}
        </Button>
      }
      data-testid="drafts"
    >
      {newestFirst.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.simulation.noDrafts')} />
      ) : (
        <Flex vertical gap={8}>
          {newestFirst.map((draft) => {
            const isSelected = draft.id === selectedId;
            return (
              <button
                key={draft.id}
                type="button"
                onClick={() => onSelect(draft.id)}
                data-testid={`draft-${draft.id}`}
                style={{
                  textAlign: 'start',
                  cursor: 'pointer',
                  background: isSelected ? '#eef4ff' : '#fff',
                  border: `1px solid ${isSelected ? '#1f5fd1' : '#e5e9f0'}`,
                  borderRadius: 6,
                  padding: '8px 12px',
                  font: 'inherit',
                }}
              >
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>
                    {t('policies.validFrom', { from: draft.validFrom })}
                  </Typography.Text>
                  <Tag color={draft.status === 'published' ? 'green' : 'blue'} style={{ marginInlineEnd: 0 }}>
                    {draft.status === 'published' && draft.publishedVersion !== null
                      ? t('policies.version', { version: draft.publishedVersion })
                      : t(`policies.simulation.status.${draft.status}`)}
                  </Tag>
                </Flex>
                <div style={{ fontSize: 12 }}>
                  <Typography.Text type="secondary">
                    {t('policies.simulation.changedCount', { count: Object.keys(draft.parameters).length })}
                    {draft.note ? ` · ${draft.note}` : ''}
                  </Typography.Text>
                </div>
                <div style={{ fontSize: 12 }}>
                  <Typography.Text type="secondary">
                    {t('policies.simulation.createdBy', { by: draft.createdBy, at: formatDateTime(draft.createdAt) })}
                  </Typography.Text>
                </div>
              </button>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

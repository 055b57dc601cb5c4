import { AimOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import { ManualLocationModal } from '../location/manual-location-modal';
import { enterprisePath, type EnterpriseDetail } from '../registry-api';
import { GoldenRecord } from './golden-record';
import { SourceRecordsTable } from './source-records-table';

/**
 * 企业详情 — one enterprise: the golden record with the provenance of every value, the source records merged into
 * it and how, and for a reviewer the two corrections: split a record off, place the enterprise by hand.
 */
export function EnterpriseDrawer({
  enterpriseId,
  onClose,
  onChanged,
}: {
  enterpriseId: string | undefined;
  onClose: () => void;
  /** After a change; `nextId` when the enterprise shown now has another id (a split can move the cluster's id). */
  onChanged: (nextId?: string) => void;
}) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<EnterpriseDetail>(enterpriseId ? enterprisePath(enterpriseId) : null);
  const { run, pending } = useAction();
  const [isLocating, setLocating] = useState(false);
  const enterprise = data?.id === enterpriseId ? data : undefined;

  const unmerge = async (recordId: string) => {
    let split: { enterpriseId: string; newEnterpriseId: string } | undefined;
    const isDone = await run(
      `unmerge:${recordId}`,
      async () => {
        split = await sendJson(`${enterprisePath(enterpriseId!)}/unmerge`, 'POST', { recordId });
      },
      t('registry.detail.unmerged'),
    );
    if (!isDone || !split) return;
    if (split.enterpriseId === enterpriseId) reload();
    onChanged(split.enterpriseId);
  };

  return (
    <Drawer
      open={enterpriseId !== undefined}
      onClose={onClose}
      size={960}
      destroyOnHidden
      title={
        enterprise ? (
          <Flex align="center" gap={8} wrap>
            <span>{enterprise.name}</span>
            <Tag>{t('registry.detail.recordCount', { count: enterprise.records.length })}</Tag>
          </Flex>
        ) : (
          t('registry.detail.title')
        )
      }
      extra={
        enterprise?.abilities.review && (
          <Button icon={<AimOutlined />} onClick={() => setLocating(true)} data-testid="locate-enterprise">
            {t('registry.location.open')}
          </Button>
        )
      }
    >
      <div data-testid="enterprise-detail">
        {error ? (
          <ApiErrorResult error={error} onRetry={reload} />
        ) : !enterprise ? (
          <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <>
            <GoldenRecord enterprise={enterprise} />
            <Typography.Title level={5} style={{ margin: '20px 0 4px' }}>
              {t('registry.detail.records')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t('registry.detail.recordsHint')}
            </Typography.Paragraph>
            <SourceRecordsTable enterprise={enterprise} pending={pending} onUnmerge={(record) => void unmerge(record.id)} />
          </>
        )}
      </div>
      <ManualLocationModal
        enterprise={isLocating ? enterprise : undefined}
        onClose={() => setLocating(false)}
        onPlaced={() => {
          setLocating(false);
          reload();
          onChanged();
        }}
      />
    </Drawer>
  );
}

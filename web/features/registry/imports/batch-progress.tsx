import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Progress, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import type { Batch } from '../registry-api';
import { formatBytes, formatCount, toPercent } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';
import { useBatchProgress } from './use-batch-progress';

const stageOrder = ['reading', 'resolving', 'done'] as const;

/** The link that saves a batch's rejected rows (row, column, reason, raw content) as CSV. */
export function RejectionsLink({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  const { run, pending } = useAction();
  if (batch.rowsRejected === 0) return null;
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={pending === 'rejections'}
      onClick={() => void run('rejections', () => downloadFile(`/api/registry/imports/${encodeURIComponent(String(batch.id))}/rejections.csv`, `rejections-${batch.id}.csv`))}
      data-testid="download-rejections"
    >
      {t('registry.imports.rejections', { count: batch.rowsRejected })}
    </Button>
  );
}

/**
 * 导入进度 — one batch as it runs: the stage (reading the file, resolving entities, done), a progress bar, rows read,
 * valid and rejected, and at the end either the result with the rejected rows to download or why it failed.
 */
export function BatchProgress({ batchId, initial, onSettled }: { batchId: string; initial?: Batch; onSettled: (batch: Batch) => void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  const { batch, error } = useBatchProgress(batchId, initial, onSettled);

  if (!batch) return error ? <Alert type="error" showIcon title={error.message} /> : null;
  const stageIndex = batch.stage === 'failed' ? stageOrder.length - 1 : stageOrder.indexOf(batch.stage);
  const percent = batch.status === 'done' ? 100 : toPercent(batch.progress);
  return (
    <Card size="small" data-testid="batch-progress" data-status={batch.status} data-stage={batch.stage} title={t('registry.imports.batchTitle', { id: batch.id, file: batch.fileName })}>
      <Flex vertical gap={12}>
        {/* Only the upload's answer says so; the polls that follow describe the earlier batch as it is. */}
        {(batch.duplicate || initial?.duplicate) && <Alert type="info" showIcon title={t('registry.imports.duplicate')} data-testid="batch-duplicate" />}
        <Steps
          size="small"
          current={stageIndex}
          status={batch.status === 'failed' ? 'error' : batch.status === 'done' ? 'finish' : 'process'}
          items={stageOrder.map((stage) => ({ title: t(`registry.imports.stages.${stage}`) }))}
        />
        <Progress
          percent={percent}
          status={batch.status === 'failed' ? 'exception' : batch.status === 'done' ? 'success' : 'active'}
          data-testid="batch-progress-bar"
        />
        <Descriptions
          size="small"
          column={4}
          layout="vertical"
          items={[
            { key: 'read', label: t('registry.imports.rowsRead'), children: formatCount(batch.rowsRead, language) },
            { key: 'valid', label: t('registry.imports.rowsValid'), children: formatCount(batch.rowsValid, language) },
            {
              key: 'rejected',
              label: t('registry.imports.rowsRejected'),
              children: <Typography.Text type={batch.rowsRejected > 0 ? 'warning' : undefined}>{formatCount(batch.rowsRejected, language)}</Typography.Text>,
            },
            { key: 'changed', label: t('registry.imports.rowsChanged'), children: formatCount(batch.rowsChanged, language) },
          ]}
          data-testid="batch-counts"
        />
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'source', label: t('registry.imports.source'), children: labels.source(batch.sourceId) },
            {
              key: 'file',
              label: t('registry.imports.file'),
              children: (
                <span>
                  <Tag>{batch.fileFormat.toUpperCase()}</Tag>
                  {batch.encoding && <Tag>{batch.encoding.toUpperCase()}</Tag>}
                  {formatBytes(batch.fileBytes)}
                </span>
              ),
            },
            { key: 'started', label: t('registry.imports.startedAt'), children: formatDateTime(batch.startedAt, { seconds: true }) },
            { key: 'finished', label: t('registry.imports.finishedAt'), children: formatDateTime(batch.finishedAt, { seconds: true }) },
          ]}
        />
        {batch.failure && (
          <Alert type="error" showIcon title={t('registry.imports.failed')} description={batch.failure.message} data-testid="batch-failure" />
        )}
        {error && <Alert type="warning" showIcon title={error.message} />}
        <div>
          <RejectionsLink batch={batch} />
        </div>
      </Flex>
    </Card>
  );
}

import { Alert, Card, Col, Empty, Flex, Radio, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toQuery } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import type { Batch, ListPage } from '../registry-api';
import { useRegistryReference } from '../registry-context';
import { BatchHistory } from './batch-history';
import { BatchProgress } from './batch-progress';
import { MappingTemplateTable } from './mapping-template';
import { RerunResolutionButton } from './rerun-resolution-button';
import { UploadSourceFile } from './upload-source-file';

/**
 * 导入 — choose a source, upload its file and watch the import run (reading, then entity resolution), see the
 * source's column template and its earlier batches. The batch being watched lives in the address, so a reload keeps
 * following it.
 */
export function ImportsTab() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { sources, reloadSources, canImport } = useRegistryReference();
  const { values, page, update } = useListParams(['source', 'batch'] as const);
  const source = sources.find((candidate) => candidate.id === values.source) ?? sources[0];
  const history = useApi<ListPage<Batch>>(source ? `/api/registry/imports${toQuery({ source: source.id, page, pageSize: 10 })}` : null);
  // The upload's answer, shown until the first poll replaces it.
  const [started, setStarted] = useState<Batch>();
  // Without a batch in the address, the source's latest import is shown: still running, or how it ended.
  const lastBatch = source?.lastBatch ?? undefined;
  const batchId = values.batch ?? (lastBatch ? String(lastBatch.id) : undefined);
  const initial = [started, lastBatch].find((batch) => batch !== undefined && String(batch.id) === batchId);

  const settle = () => {
    history.reload();
    reloadSources();
  };

  return (
    <div data-testid="registry-imports">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card
            title={t('registry.imports.chooseSource')}
            extra={canImport && <RerunResolutionButton />}
            style={{ marginBottom: 16 }}
          >
            {sources.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.imports.noSources')} />
            ) : (
              <Flex vertical gap={16}>
                <Radio.Group
                  value={source?.id}
                  onChange={(event) => update({ source: event.target.value as string, batch: undefined })}
                  optionType="button"
                  buttonStyle="solid"
                  data-testid="source-choice"
                  options={sources.map((candidate) => ({
                    value: candidate.id,
                    label: name({ name: candidate.name, nameEn: candidate.nameEn }),
                  }))}
                />
                {source && (
                  <Flex gap={8} wrap>
                    <Tag>{t('registry.imports.trustRank', { rank: source.trustRank })}</Tag>
                    {source.isStatisticsDirectory && <Tag color="gold">{t('registry.imports.directory')}</Tag>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('registry.imports.trustHint')}
                    </Typography.Text>
                  </Flex>
                )}
                {source &&
                  (canImport ? (
                    <UploadSourceFile
                      source={source}
                      onStarted={(batch) => {
                        setStarted(batch);
                        update({ batch: String(batch.id) });
                        history.reload();
                      }}
                    />
                  ) : (
                    <Alert type="info" showIcon title={t('registry.imports.readOnly')} />
                  ))}
              </Flex>
            )}
          </Card>
          {batchId !== undefined && <BatchProgress key={batchId} batchId={batchId} initial={initial} onSettled={settle} />}
        </Col>
        <Col xs={24} xl={11}>
          <Card title={t('registry.imports.template')} extra={<Typography.Text type="secondary">{t('registry.imports.templateHint')}</Typography.Text>}>
            {source ? <MappingTemplateTable mapping={source.mapping} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Card>
        </Col>
      </Row>
      <Card title={t('registry.imports.history')} style={{ marginTop: 16 }}>
        {history.error ? (
          <ApiErrorResult error={history.error} onRetry={history.reload} />
        ) : (
          <BatchHistory
            batches={history.data?.items}
            total={history.data?.total ?? 0}
            isLoading={history.isLoading}
            page={page}
            onPage={(next) => update({ page: next === 1 ? undefined : next })}
            openId={batchId}
            onOpen={(batch) => update({ batch: String(batch.id), page })}
          />
        )}
      </Card>
    </div>
  );
}

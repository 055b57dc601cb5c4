import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Radio, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, requestJson, toQuery } from '../../app/api';
import { CRS_CODES, CRS_OPTIONS, type Crs } from './territory-api';

/** The layers an administrator may replace with official data. */
const IMPORTABLE = ['original', 'expanded', 'towns', 'bodies', 'communities', 'corridors'] as const;
type ImportableLayer = (typeof IMPORTABLE)[number];

/** 校验报告 — what the server found in an import file (every problem with its feature). */
interface ImportReport {
  featureCount: number;
  checks: { check: string; status: string; method?: string }[];
  problems: { check: string; featureId?: string | null; featureIndex?: number | null; reason: string }[];
  warnings: { check: string; featureId?: string | null; reason: string }[];
}

interface ImportAnswer {
  dryRun: boolean;
  version: number | null;
  report: ImportReport;
}

type Outcome = { kind: 'done'; answer: ImportAnswer } | { kind: 'invalid'; report: ImportReport | null; message: string };

/**
 * 导入官方边界 — upload GeoJSON or a zipped Shapefile to replace a layer. The server validates first and changes
 * nothing on any error; "validate only" shows the report without importing.
 */
export function LayerImport() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [layer, setLayer] = useState<ImportableLayer>('towns');
  const [crs, setCrs] = useState<Crs>('wgs84');
  const [file, setFile] = useState<File | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const isZip = file.name.toLowerCase().endsWith('.zip');
      const answer = await requestJson<ImportAnswer>(
        `/api/territory/layers/${layer}/import${toQuery({ crs, dryRun: String(dryRun) })}`,
        { method: 'POST', body: file, headers: { 'Content-Type': isZip ? 'application/zip' : 'application/geo+json' } },
      );
      setOutcome({ kind: 'done', answer });
    } catch (error) {
      const report = error instanceof ApiError ? ((error.details?.report as ImportReport | undefined) ?? null) : null;
      setOutcome({ kind: 'invalid', report, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const report = outcome?.kind === 'done' ? outcome.answer.report : outcome?.report;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="layer-import-open">
        {t('territory.import.open')}
      </Button>
      <Modal open={isOpen} title={t('territory.import.title')} width={720} footer={null} onCancel={() => setOpen(false)}>
        <Flex vertical gap={12}>
          <Typography.Text strong>{t('territory.import.layer')}</Typography.Text>
          <Radio.Group value={layer} onChange={(e) => setLayer(e.target.value as ImportableLayer)}>
            {IMPORTABLE.map((name) => (
              <Radio.Button key={name} value={name}>
                {t(`territory.layers.${name}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
          <Typography.Text strong>{t('territory.import.file')}</Typography.Text>
          <input
            type="file"
            accept=".geojson,.json,.zip"
            data-testid="layer-import-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Typography.Text strong>{t('territory.import.crs')}</Typography.Text>
          <Segmented
            value={crs}
            onChange={(value) => setCrs(value as Crs)}
            options={CRS_OPTIONS.map((value) => ({ value, label: CRS_CODES[value] }))}
          />
          <Flex gap={8}>
            <Button disabled={!file} loading={isBusy} onClick={() => void send(true)} data-testid="layer-import-validate">
              {t('territory.import.dryRun')}
            </Button>
            <Button type="primary" disabled={!file} loading={isBusy} onClick={() => void send(false)}>
              {t('territory.import.submit')}
            </Button>
          </Flex>
          {outcome?.kind === 'done' && (
            <Alert
              type="success"
              showIcon
              title={
                outcome.answer.dryRun
                  ? t('territory.import.valid', { count: outcome.answer.report.featureCount })
                  : t('territory.import.imported', { version: outcome.answer.version })
              }
              action={outcome.answer.dryRun ? undefined : <Button onClick={() => window.location.reload()}>{t('territory.import.reload')}</Button>}
            />
          )}
          {outcome?.kind === 'invalid' && (
            <Alert type="error" showIcon title={t('territory.import.invalid')} description={outcome.message} />
          )}
          {report && <ReportTables report={report} />}
        </Flex>
      </Modal>
    </>
  );
}

function ReportTables({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="layer-import-report">
      <Table
        size="small"
        pagination={false}
        rowKey="check"
        dataSource={report.checks}
        columns={[
          { title: t('territory.import.check'), dataIndex: 'check' },
          {
            title: t('territory.import.status'),
            dataIndex: 'status',
            render: (status: string) => <Tag color={status === 'passed' || status === 'ok' ? 'green' : status === 'skipped' ? 'default' : 'red'}>{status}</Tag>,
          },
        ]}
      />
      {report.problems.length > 0 && (
        <Table
          size="small"
          rowKey={(row) => `${row.check}-${row.featureIndex ?? ''}-${row.reason}`}
          dataSource={report.problems}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('territory.import.check'), dataIndex: 'check' },
            { title: t('territory.import.feature'), render: (_, row) => row.featureId ?? (row.featureIndex != null ? `#${row.featureIndex}` : '') },
            { title: t('territory.import.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
      {report.warnings.length > 0 && (
        <Alert type="warning" title={t('territory.import.warnings')} description={report.warnings.map((w) => (w.featureId ? `${w.featureId}: ${w.reason}` : w.reason)).join('；')} />
      )}
    </Flex>
  );
}

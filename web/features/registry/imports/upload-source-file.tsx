import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, requestJson, toQuery } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import type { Batch, RegistrySource } from '../registry-api';

/**
 * 上传来源文件 — sends a CSV or XLSX file of one source to the server as raw bytes; the server checks it (format,
 * encoding, the header against the source's template, size) before writing anything, answers with the batch, and
 * reads the rows in the background. A refusal is shown in the server's words.
 */
export function UploadSourceFile({ source, onStarted }: { source: RegistrySource; onStarted: (batch: Batch) => void }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const [refusal, setRefusal] = useState<{ file: string; message: string }>();

  return (
    <div data-testid="registry-upload">
      <Upload.Dragger
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          const blob = file as File;
          setRefusal(undefined);
          requestJson<Batch>(`/api/registry/imports${toQuery({ source: source.id, fileName: blob.name })}`, {
            method: 'POST',
            body: blob,
            headers: { 'Content-Type': 'application/octet-stream' },
          }).then(
            (batch) => {
              onSuccess?.(batch);
              onStarted(batch);
            },
            (failure: unknown) => {
              const message = failure instanceof ApiError ? failure.message : String(failure);
              setRefusal({ file: blob.name, message });
              onError?.(failure instanceof Error ? failure : new Error(message));
            },
          );
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('registry.imports.drop', { source: name({ name: source.name, nameEn: source.nameEn }) })}</p>
        <p className="ant-upload-hint">{t('registry.imports.dropHint')}</p>
      </Upload.Dragger>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(undefined) }}
          style={{ marginTop: 12 }}
          title={t('registry.imports.refused', { file: refusal.file })}
          description={refusal.message}
          data-testid="upload-refused"
        />
      )}
    </div>
  );
}

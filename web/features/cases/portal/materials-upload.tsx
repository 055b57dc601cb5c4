import { CheckCircleFilled, DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import type { PolicyMaterial } from '../../policies/policies-api';
import { usePick } from '../../policies/shared/use-pick';
import { uploadMaterial, type CaseMaterial } from '../cases-api';
import { checkUpload, formatSize, MATERIAL_ACCEPT, MAX_MATERIAL_BYTES } from './upload-check';

/**
 * 申请材料 — one row per material the policy asks for: pick a file, which is checked here for size and type and
 * then by the server for its content, and shown with its size and checksum once stored. antd's Form.Item hands in
 * `value` (the uploads) and `onChange`.
 */
export function MaterialsUpload({
  materials,
  value,
  onChange,
  invalid = [],
}: {
  materials: readonly PolicyMaterial[];
  value?: CaseMaterial[];
  onChange?: (value: CaseMaterial[]) => void;
  /** Material ids the server said are missing. */
  invalid?: readonly string[];
}) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<string | null>(null);
  const uploads = value ?? [];

  const upload = async (file: File, materialId: string) => {
    const problem = checkUpload(file);
    if (problem) {
      void message.error(t(`cases.upload.${problem}`, { name: file.name, max: formatSize(MAX_MATERIAL_BYTES) }));
      return;
    }
    setUploading(materialId);
    try {
      const stored = await uploadMaterial(file, materialId);
      onChange?.([...uploads, stored]);
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    } finally {
      setUploading(null);
    }
  };

  return (
    <div data-testid="materials-upload">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('cases.upload.rules', { max: formatSize(MAX_MATERIAL_BYTES) })}
      </Typography.Paragraph>
      {materials.map((material) => {
        const files = uploads.filter((u) => u.materialId === material.id);
        const isMissing = invalid.includes(material.id);
        return (
          <Flex key={material.id} gap={12} align="flex-start" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid={`material-${material.id}`}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Flex gap={6} align="center" wrap>
                {files.length > 0 && <CheckCircleFilled style={{ color: '#16a34a' }} />}
                <Typography.Text strong>{pick(material.name)}</Typography.Text>
                {material.required && <Tag color={isMissing ? 'error' : 'blue'}>{t('cases.upload.required')}</Tag>}
                {material.conditional && <Tag>{t('cases.upload.conditional')}</Tag>}
              </Flex>
              {material.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{pick(material.note)}</Typography.Text>}
              {files.map((file) => (
                <Flex key={file.id} gap={8} align="center" style={{ fontSize: 12 }}>
                  <span>{file.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatSize(file.size)} · SHA-256 {file.sha256.slice(0, 10)}…
                  </Typography.Text>
                  <Button
                    type="link"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.remove')}
                    onClick={() => onChange?.(uploads.filter((u) => u.id !== file.id))}
                  />
                </Flex>
              ))}
            </div>
            <Upload
              accept={MATERIAL_ACCEPT}
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file, material.id);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading === material.id} data-testid={`upload-${material.id}`}>
                {t('cases.upload.choose')}
              </Button>
            </Upload>
          </Flex>
        );
      })}
    </div>
  );
}

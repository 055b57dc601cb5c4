import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Listy, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/use-action';
import { documentPath, type CaseDetail } from '../cases-api';
import { formatSize } from '../portal/upload-check';

/** 文书 — the notices and decisions issued on the case, each a PDF with its checksum. */
export function DocumentsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { run, pending } = useAction();
  return (
    <Card title={t('cases.detail.documents')} size="small" data-testid="case-documents">
      {detail.documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noDocuments')} />
      ) : (
        <Listy
          items={detail.documents}
          rowKey="id"
          itemRender={(document) => (
            <Flex align="center" gap={12}>
              <FilePdfOutlined style={{ fontSize: 20, color: '#dc2626' }} />
              <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong>{t(`cases.documents.${document.kind}`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(document.issuedAt)} · {formatSize(document.size)} · SHA-256 {document.sha256.slice(0, 12)}…
                </Typography.Text>
              </Flex>
              <Button
                size="small"
                icon={<DownloadOutlined />}
                loading={pending === document.id}
                data-testid={`download-${document.kind}`}
                onClick={() => void run(document.id, () => downloadFile(documentPath(detail.id, document.id), `${detail.caseNumber}-${document.kind}.pdf`))}
              >
                {t('cases.detail.download')}
              </Button>
            </Flex>
          )}
        />
      )}
    </Card>
  );
}

import { Alert, Button, Card, Form, Input, Listy, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { CaseDetail, CaseMaterial } from '../cases-api';
import { MaterialsUpload } from '../portal/materials-upload';
import type { PolicyMaterial } from '../../policies/policies-api';
import type { TimelineVocabulary } from './timeline-view';

/**
 * 补正告知 — the one-time correction notice with every item it lists; for the applicant, the form that answers it:
 * new or replaced materials and a note, sent as `resubmit` (the clock runs again from then).
 */
export function CorrectionCard({
  detail,
  materials,
  words,
  subjectName,
  isBusy,
  onResubmit,
}: {
  detail: CaseDetail;
  materials: readonly PolicyMaterial[];
  words: TimelineVocabulary;
  subjectName: (subject: string) => string;
  isBusy: boolean;
  onResubmit: (payload: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string; uploads?: CaseMaterial[] }>();
  const correction = detail.state.correction;
  if (!correction) return null;
  const isOpen = correction.status === 'open';
  const canAnswer = isOpen && detail.abilities.includes('resubmit');

  const finish = ({ note, uploads }: { note?: string; uploads?: CaseMaterial[] }) => {
    const kept = detail.materials.filter((m) => !(uploads ?? []).some((u) => u.materialId === m.materialId));
    onResubmit({
      ...(note?.trim() ? { note: note.trim() } : {}),
      ...(uploads && uploads.length > 0 ? { materials: [...kept, ...uploads].map((m) => m.id), facts: detail.facts } : {}),
    });
  };

  return (
    <Card
      size="small"
      title={t('cases.correction.title')}
      extra={<Tag color={isOpen ? 'warning' : 'success'}>{t(`cases.correction.${correction.status}`)}</Tag>}
      data-testid="correction-notice"
      style={{ borderColor: isOpen ? '#f59e0b' : undefined }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('cases.correction.issued', {
          date: formatDateTime(correction.requestedAt),
          unit: words.unit(correction.requestedByUnitId),
          count: correction.items.length,
        })}
        {correction.answeredAt && t('cases.correction.answeredAt', { date: formatDateTime(correction.answeredAt) })}
      </Typography.Paragraph>
      <Listy
        items={correction.items}
        // The items have no id: their place in the notice is their identity.
        rowKey={(item) => correction.items.indexOf(item)}
        style={{ border: '1px solid #e2e8f0', borderRadius: 6 }}
        itemRender={(item, index) => (
          <span data-testid="correction-item">
            {index + 1}. <Tag color={item.kind === 'missing' ? 'orange' : 'red'}>{t(`cases.values.kind.${item.kind}`)}</Tag>
            <Typography.Text strong>{subjectName(item.subject)}</Typography.Text>
            {t('cases.detail.labelSeparator')}
            {item.problem}
          </span>
        )}
      />
      {isOpen && !canAnswer && <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('cases.correction.waiting')} />}
      {canAnswer && (
        <Form form={form} layout="vertical" onFinish={finish} style={{ marginTop: 16 }} data-testid="resubmit-form">
          <Form.Item name="uploads" label={t('cases.correction.uploads')} extra={t('cases.correction.uploadsHint')}>
            <MaterialsUpload materials={materials} />
          </Form.Item>
          <Form.Item name="note" label={t('cases.correction.note')}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="resubmit-note" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy} data-testid="resubmit">
            {t('cases.correction.resubmit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 驳回理由 — required to reject, and shown to the applicant; `count` registrations are rejected with it. */
export function RejectModal({ count, open, isBusy, onConfirm, onCancel }: { count: number; open: boolean; isBusy: boolean; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('accounts.registrations.rejectTitle', { count })}
      okText={t('accounts.registrations.reject')}
      okButtonProps={{ danger: true }}
      confirmLoading={isBusy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterOpenChange={(isOpen) => !isOpen && form.resetFields()}
    >
      <Typography.Paragraph type="secondary">{t('accounts.registrations.rejectHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={({ reason }) => onConfirm(reason.trim())}>
        <Form.Item name="reason" label={t('accounts.registrations.reason')} rules={[{ required: true, whitespace: true, max: 500, message: t('accounts.registrations.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

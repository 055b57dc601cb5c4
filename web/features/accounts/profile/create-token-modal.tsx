import { Alert, Checkbox, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../../app/api';
import { useAction } from '../../../app/use-action';
import type { ApiToken } from '../accounts-api';
import { usePermissionName } from '../roles/permission-name';

interface TokenForm {
  name: string;
  permissions: string[];
  expiresInDays?: number;
}

/**
 * Creates an API token for the current unit with some of one's own permissions; the secret appears once, here,
 * with a copy button, and never again.
 */
export function CreateTokenModal({ open, permissions, onClose }: { open: boolean; permissions: string[]; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const permissionName = usePermissionName();
  const { run, pending } = useAction();
  const [form] = Form.useForm<TokenForm>();
  const [secret, setSecret] = useState<string>();

  const submit = async (values: TokenForm) => {
    await run('create', async () => {
      const created = await sendJson<ApiToken & { token: string }>('/api/tokens', 'POST', values);
      setSecret(created.token);
    });
  };

  const close = () => {
    const wasCreated = secret !== undefined;
    setSecret(undefined);
    form.resetFields();
    onClose(wasCreated);
  };

  if (secret) {
    return (
      <Modal open={open} title={t('profile.tokenCreated')} onOk={close} onCancel={close} cancelButtonProps={{ style: { display: 'none' } }} okText={t('profile.tokenSaved')}>
        <Alert type="warning" showIcon title={t('profile.tokenShownOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph
          copyable={{ text: secret, tooltips: [t('common.copy'), t('common.copied')] }}
          code
          style={{ wordBreak: 'break-all', fontSize: 13 }}
          data-testid="token-secret"
        >
          {secret}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('profile.tokenUsage')}</Typography.Text>
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={t('profile.createToken')}
      okText={t('common.create')}
      confirmLoading={pending === 'create'}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Form<TokenForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ expiresInDays: 90 }}>
        <Form.Item name="name" label={t('profile.tokenName')} rules={[{ required: true, max: 100, message: t('profile.tokenNameRequired') }]}>
          <Input placeholder={t('profile.tokenNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('profile.tokenPermissions')}
          extra={t('profile.tokenPermissionsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('profile.tokenPermissionsRequired') }]}
        >
          <Checkbox.Group style={{ display: 'grid', gap: 6 }} options={permissions.map((id) => ({ value: id, label: permissionName(id) }))} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('profile.tokenExpiresIn')} extra={t('profile.tokenExpiresHint')}>
          <InputNumber min={1} max={3650} suffix={t('profile.days')} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

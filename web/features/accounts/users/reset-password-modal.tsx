import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import type { User } from '../accounts-api';
import { passwordRule, sameAsRule } from '../form-rules';

/** 重置密码 — a new initial password; the user must change it at the next sign-in, and is signed out everywhere. */
export function ResetPasswordModal({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { run, pending } = useAction();
  const [form] = Form.useForm<{ newPassword: string; confirmPassword: string }>();

  const submit = async ({ newPassword }: { newPassword: string }) => {
    if (!user) return;
    const isDone = await run('reset', () => sendJson(`/api/users/${user.id}/reset-password`, 'POST', { newPassword }), t('accounts.users.passwordReset', { user: user.username }));
    if (isDone) {
      form.resetFields();
      onClose();
    }
  };

  return (
    <Modal
      open={user !== undefined}
      title={t('accounts.users.resetPasswordOf', { user: user?.displayName ?? '' })}
      okText={t('accounts.users.resetPassword')}
      confirmLoading={pending === 'reset'}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('accounts.users.resetHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="newPassword"
          label={t('accounts.users.initialPassword')}
          rules={[{ required: true, message: t('auth.register.passwordRequired') }, passwordRule(language, () => user?.username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.register.confirmPassword')}
          dependencies={['newPassword']}
          rules={[{ required: true, message: t('auth.register.confirmRequired') }, sameAsRule('newPassword', t('auth.register.confirmMismatch'))]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

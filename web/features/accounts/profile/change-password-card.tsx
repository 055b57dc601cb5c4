import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, sendJson } from '../../../app/api';
import { useAuth } from '../../../app/auth/auth-context';
import type { Me } from '../../../app/auth/me';
import { useLocalized } from '../../../app/localized';
import { fieldErrorsOf } from '../field-errors';
import { passwordRule, sameAsRule } from '../form-rules';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码 — checked as one types against the same policy the server applies; signs out the other sessions. */
export function ChangePasswordCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const [isSaving, setSaving] = useState(false);
  const [form] = Form.useForm<PasswordForm>();

  const submit = async ({ currentPassword, newPassword }: PasswordForm) => {
    setSaving(true);
    try {
      const { revokedSessions } = await sendJson<{ revokedSessions: number }>('/api/auth/password', 'POST', { currentPassword, newPassword });
      form.resetFields();
      void message.success(revokedSessions > 0 ? t('profile.passwordChanged', { count: revokedSessions }) : t('profile.passwordChangedAlone'));
      await refresh();
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('BAD_RESPONSE', String(error), 0);
      const fields = fieldErrorsOf(apiError, ['currentPassword', 'newPassword']);
      if (fields.length > 0) form.setFields(fields);
      else void message.error(apiError.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('profile.changePassword')} style={{ height: '100%' }}>
      {me.user.mustChangePassword && <Alert type="warning" showIcon title={t('auth.mustChangePassword')} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 420 }} data-testid="change-password">
        <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[{ required: true, message: t('profile.currentPasswordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('profile.newPassword')}
          extra={t('profile.passwordPolicy')}
          rules={[{ required: true, message: t('auth.register.passwordRequired') }, passwordRule(language, () => me.user.username)]}
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
        <Button type="primary" htmlType="submit" loading={isSaving}>
          {t('profile.changePasswordSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

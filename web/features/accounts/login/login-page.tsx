import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, sendJson } from '../../../app/api';
import { useAuth } from '../../../app/auth/auth-context';
import type { Me } from '../../../app/auth/me';
import { safeReturnPath } from '../../../app/auth/return-path';
import { BrandMark } from '../../../app/layout/brand';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import type { ZoneSummary } from '../../home/zone-summary';
import { StandaloneFrame } from '../standalone-frame';

interface Credentials {
  username: string;
  password: string;
}

// How loud each refusal is: a lockout or a pending account is not a typo.
const alertTypeOf: Record<string, 'error' | 'warning' | 'info'> = {
  ACCOUNT_LOCKED: 'warning',
  RATE_LIMITED: 'warning',
  ACCOUNT_PENDING: 'info',
};

/**
 * 登录 — username and password. Wrong password and unknown user get the server's one generic message; a lockout
 * says when to try again. Afterwards the user returns to the page that sent them here (`next`).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, signIn } = useAuth();
  const [error, setError] = useState<ApiError>();
  const [isSubmitting, setSubmitting] = useState(false);
  const zone = useApi<ZoneSummary>('/api/zone/summary').data?.zone;
  const next = safeReturnPath(params.get('next'));
  const reason = params.get('reason');
  usePageTitle(t('auth.login.title'));

  if (me && !isSubmitting) return <Navigate to={next} replace />;

  const submit = async (values: Credentials) => {
    setSubmitting(true);
    setError(undefined);
    try {
      signIn(await sendJson<Me>('/api/auth/login', 'POST', values));
      await navigate(next, { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('BAD_RESPONSE', String(caught), 0));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <StandaloneFrame>
      <Card style={{ boxShadow: '0 18px 48px rgba(4, 16, 40, 0.35)' }} styles={{ body: { padding: '36px 36px 28px' } }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <BrandMark size={48} />
          <Typography.Title level={1} style={{ fontSize: 21, margin: '12px 0 4px' }} data-testid="login-product">
            {t('app.name')}
          </Typography.Title>
          {/* The zone's name comes from the public summary; until it arrives the line keeps its place, empty. */}
          <Typography.Text type="secondary">{zone ? t('auth.login.subtitle', { zone: name(zone) }) : '\u00a0'}</Typography.Text>
        </div>
        {!error && reason === 'expired' && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('auth.login.expired')} data-testid="login-expired" />
        )}
        {!error && reason === 'signed-out' && (
          <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('auth.login.signedOut')} />
        )}
        {error && (
          <Alert
            type={alertTypeOf[error.code] ?? 'error'}
            showIcon
            style={{ marginBottom: 16 }}
            title={error.message}
            description={error.code === 'ACCOUNT_LOCKED' ? t('auth.login.lockedHint') : undefined}
            data-testid="login-error"
          />
        )}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} size="large">
          <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, message: t('auth.login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder={t('auth.login.usernamePlaceholder')} data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true, message: t('auth.login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('auth.login.passwordPlaceholder')} data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSubmitting} data-testid="login-submit" style={{ marginTop: 4 }}>
            {t('auth.login.submit')}
          </Button>
        </Form>
        <Divider plain style={{ margin: '24px 0 16px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('auth.login.noAccount')}
          </Typography.Text>
        </Divider>
        <div style={{ display: 'flex', justifyContent: 'space-between' }}>
          <Link to="/register" data-testid="register-link">
            {t('auth.login.registerLink')}
          </Link>
          <Link to="/">{t('common.backHome')}</Link>
        </div>
      </Card>
    </StandaloneFrame>
  );
}

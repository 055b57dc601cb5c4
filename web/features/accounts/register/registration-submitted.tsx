import { Button, Card, Descriptions, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { normalizeCreditCode } from '../../../../core/registry/credit-code';
import type { RegistrationForm } from './register-page';

/** 待审核 — what the applicant sees once the registration is in: what was sent, and what happens next. */
export function RegistrationSubmitted({ registration }: { registration: RegistrationForm }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card style={{ boxShadow: '0 18px 48px rgba(4, 16, 40, 0.35)' }} data-testid="registration-pending">
      <Result
        status="success"
        title={t('auth.register.pendingTitle')}
        subTitle={t('auth.register.pendingBody')}
        extra={[
          <Button type="primary" key="login" onClick={() => void navigate('/login')}>
            {t('auth.signIn')}
          </Button>,
          <Button key="home" onClick={() => void navigate('/')}>
            {t('common.backHome')}
          </Button>,
        ]}
      >
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'name', label: t('auth.register.enterpriseName'), children: registration.enterpriseName },
            { key: 'code', label: t('auth.register.creditCode'), children: normalizeCreditCode(registration.creditCode) },
            { key: 'user', label: t('auth.register.username'), children: registration.username },
            { key: 'status', label: t('auth.register.status'), children: <Tag color="orange">{t('accounts.registrationStatus.pending')}</Tag> },
          ]}
        />
      </Result>
    </Card>
  );
}

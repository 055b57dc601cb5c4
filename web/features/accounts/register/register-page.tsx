import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, sendJson } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import type { ZoneSummary } from '../../home/zone-summary';
import { fieldErrorsOf } from '../field-errors';
import { creditCodeRule, passwordRule, sameAsRule, USERNAME_PATTERN } from '../form-rules';
import { StandaloneFrame } from '../standalone-frame';
import { CreditCodeHint } from './credit-code-hint';
import { RegistrationSubmitted } from './registration-submitted';

/** 注册表单 — what the enterprise fills in. */
export interface RegistrationForm {
  creditCode: string;
  enterpriseName: string;
  bodyId?: string;
  townCode?: string;
  contactName: string;
  contactPhone: string;
  username: string;
  password: string;
  confirmPassword: string;
}

const serverFields = ['creditCode', 'enterpriseName', 'bodyId', 'townCode', 'contactName', 'contactPhone', 'username', 'password'] as const;

/**
 * 企业注册 — public self-registration of an enterprise staff account. The credit code and the password are checked
 * as one types, with the same rules the server applies (core/registry, core/access); the server's answer naming a
 * field appears on that field. The account stays pending until an intake officer of the area verifies it.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const { language, name } = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegistrationForm>();
  const creditCode = Form.useWatch('creditCode', form);
  const zone = useApi<ZoneSummary>('/api/zone/summary');
  const [error, setError] = useState<ApiError>();
  const [isSubmitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState<RegistrationForm>();
  usePageTitle(t('auth.register.title'));

  const submit = async (values: RegistrationForm) => {
    setSubmitting(true);
    setError(undefined);
    const { confirmPassword: _confirm, ...body } = values;
    try {
      await sendJson('/api/registrations', 'POST', { ...body, username: body.username.trim().toLowerCase() });
      setSubmitted(values);
      window.scrollTo({ top: 0 });
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError('BAD_RESPONSE', String(caught), 0);
      const fieldErrors = fieldErrorsOf(apiError, serverFields);
      if (fieldErrors.length > 0) {
        form.setFields(fieldErrors);
        form.scrollToField(fieldErrors[0]!.name);
        message.error(apiError.message);
      } else setError(apiError);
    } finally {
      setSubmitting(false);
    }
  };

  if (submitted) {
    return (
      <StandaloneFrame width={640}>
        <RegistrationSubmitted registration={submitted} />
      </StandaloneFrame>
    );
  }

  const atLeastOnePlace = {
    validator: async () => {
      if (!form.getFieldValue('bodyId') && !form.getFieldValue('townCode')) throw new Error(t('auth.register.placeRequired'));
    },
  };

  return (
    <StandaloneFrame width={760}>
      <Card style={{ boxShadow: '0 18px 48px rgba(4, 16, 40, 0.35)' }} styles={{ body: { padding: '28px 36px' } }}>
        <Typography.Title level={1} style={{ fontSize: 21, margin: 0 }}>
          {t('auth.register.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 20px' }}>
          {t('auth.register.intro')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error.message} data-testid="register-error" />}
        <Form<RegistrationForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="register-form">
          <SectionTitle>{t('auth.register.enterprise')}</SectionTitle>
          <Form.Item
            name="creditCode"
            label={t('auth.register.creditCode')}
            validateTrigger={['onChange', 'onBlur']}
            extra={<CreditCodeHint value={creditCode} />}
            rules={[{ required: true, message: t('auth.register.creditCodeRequired') }, creditCodeRule(language)]}
          >
            <Input maxLength={40} placeholder="91310115MA1…" style={{ fontFamily: 'monospace', letterSpacing: 1 }} data-testid="field-creditCode" />
          </Form.Item>
          <Form.Item name="enterpriseName" label={t('auth.register.enterpriseName')} rules={[{ required: true, min: 2, max: 200, message: t('auth.register.enterpriseNameRequired') }]}>
            <Input data-testid="field-enterpriseName" />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="bodyId" label={t('auth.register.body')} dependencies={['townCode']} rules={[atLeastOnePlace]}>
                <Select
                  allowClear
                  loading={zone.isLoading}
                  placeholder={t('auth.register.bodyPlaceholder')}
                  options={zone.data?.bodies.map((body) => ({ value: body.id, label: name(body) }))}
                  data-testid="field-bodyId"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="townCode" label={t('auth.register.town')} dependencies={['bodyId']} rules={[atLeastOnePlace]}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={zone.isLoading}
                  placeholder={t('auth.register.townPlaceholder')}
                  options={zone.data?.towns.map((town) => ({ value: town.code, label: name(town) }))}
                  data-testid="field-townCode"
                />
              </Form.Item>
            </Col>
          </Row>
          <SectionTitle>{t('auth.register.contact')}</SectionTitle>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="contactName" label={t('auth.register.contactName')} rules={[{ required: true, max: 50, message: t('auth.register.contactNameRequired') }]}>
                <Input data-testid="field-contactName" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contactPhone"
                label={t('auth.register.contactPhone')}
                rules={[{ required: true, pattern: /^[0-9+()\- ]{5,30}$/, message: t('auth.register.contactPhoneInvalid') }]}
              >
                <Input placeholder="021-50800000" data-testid="field-contactPhone" />
              </Form.Item>
            </Col>
          </Row>
          <SectionTitle>{t('auth.register.account')}</SectionTitle>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="username"
                label={t('auth.register.username')}
                normalize={(value: string) => value.trim().toLowerCase()}
                rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('auth.register.usernameInvalid') }]}
              >
                <Input autoComplete="username" data-testid="field-username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="password"
                label={t('auth.register.password')}
                dependencies={['username']}
                rules={[{ required: true, message: t('auth.register.passwordRequired') }, passwordRule(language, () => form.getFieldValue('username') as string)]}
              >
                <Input.Password autoComplete="new-password" data-testid="field-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="confirmPassword"
                label={t('auth.register.confirmPassword')}
                dependencies={['password']}
                rules={[{ required: true, message: t('auth.register.confirmRequired') }, sameAsRule('password', t('auth.register.confirmMismatch'))]}
              >
                <Input.Password autoComplete="new-password" data-testid="field-confirmPassword" />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" size="large" block loading={isSubmitting} data-testid="register-submit">
            {t('auth.register.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
          <span>
            <Typography.Text type="secondary">{t('auth.register.haveAccount')}</Typography.Text> <Link to="/login">{t('auth.signIn')}</Link>
          </span>
          <Link to="/">{t('common.backHome')}</Link>
        </div>
      </Card>
    </StandaloneFrame>
  );
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 15, margin: '8px 0 12px', paddingLeft: 8, borderLeft: '3px solid #1f5fd1' }}>
      {children}
    </Typography.Title>
  );
}

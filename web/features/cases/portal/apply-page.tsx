import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Skeleton, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { formatDateTime } from '../../../app/format';
import { PageHeader } from '../../../app/page-header';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import { policyPath, type PolicyDetail } from '../../policies/policies-api';
import { toFacts, toFormValues } from '../../policies/shared/fact-values';
import { usePick } from '../../policies/shared/use-pick';
import { submitCase, type CaseMaterial } from '../cases-api';
import { ApplicationFields } from './application-fields';
import { isOutcomeUnknown, newIdempotencyKey } from './idempotency';
import { MaterialsUpload } from './materials-upload';
import { useApplicationDraft } from './use-application-draft';

type ApplicationValues = Record<string, unknown> & { materials?: CaseMaterial[] };

/**
 * 在线申报 — an enterprise applies for a policy: the form of the policy version in force, the materials it asks
 * for, a draft kept in this browser, and a submission that cannot create two cases however often it is retried.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  const { policyId = '' } = useParams();
  const { me } = useAuth();
  const { pick } = usePick();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: policy, error, reload } = useApi<PolicyDetail>(policyPath(policyId));
  const { draft, save, discard } = useApplicationDraft(me?.user.id ?? 'anonymous', policyId);
  // The draft found on opening the page, not one saved since: only that one was "restored".
  const [restored, setRestored] = useState(draft);
  const [form] = Form.useForm<ApplicationValues>();
  const [isSubmitting, setSubmitting] = useState(false);
  const [missingMaterials, setMissingMaterials] = useState<string[]>([]);
  const [formError, setFormError] = useState<string>();
  // One key per attempt: kept while the outcome of a submission is unknown, so a retry cannot make a second case.
  const attemptKey = useRef<string | null>(null);
  usePageTitle(t('cases.apply.title'));

  if (error) return <ApiErrorResult error={error} onRetry={reload} />;
  if (!policy) return <Skeleton active paragraph={{ rows: 10 }} />;

  const fields = policy.form;
  const valuesOf = (values: ApplicationValues) => ({ facts: toFacts(fields, values), materials: values.materials ?? [] });

  const saveDraft = () => {
    const { facts, materials } = valuesOf(form.getFieldsValue(true) as ApplicationValues);
    const saved = save(facts, materials);
    void message.success(t('cases.apply.draftSaved', { date: formatDateTime(saved.savedAt) }));
  };

  const submit = async (values: ApplicationValues) => {
    const { facts, materials } = valuesOf(values);
    const missing = policy.materials.filter((m) => m.required && !m.conditional && !materials.some((u) => u.materialId === m.id)).map((m) => m.id);
    setMissingMaterials(missing);
    if (missing.length > 0) {
      setFormError(t('cases.apply.materialsMissing'));
      return;
    }
    setFormError(undefined);
    setSubmitting(true);
    attemptKey.current ??= newIdempotencyKey();
    try {
      const created = await submitCase({ policyId, facts, materials: materials.map((m) => m.id) }, attemptKey.current);
      attemptKey.current = null;
      discard();
      void message.success(t('cases.apply.submitted', { number: created.caseNumber }));
      void navigate(`/cases/${created.id}`);
    } catch (failure) {
      if (!isOutcomeUnknown(failure)) attemptKey.current = null;
      showRefusal(failure);
    } finally {
      setSubmitting(false);
    }
  };

  const showRefusal = (failure: unknown) => {
    if (!(failure instanceof ApiError)) return setFormError(String(failure));
    setFormError(failure.message);
    const details = failure.details ?? {};
    const named = Array.isArray(details.fields) ? details.fields.filter((f): f is string => typeof f === 'string') : [];
    form.setFields(named.filter((name) => fields.some((f) => f.name === name)).map((name) => ({ name, errors: [failure.message] })));
    if (Array.isArray(details.materials)) setMissingMaterials(details.materials.filter((m): m is string => typeof m === 'string'));
  };

  return (
    <div data-testid="apply">
      <Link to="/cases/mine">
        <ArrowLeftOutlined /> {t('cases.detail.back')}
      </Link>
      <PageHeader title={t('cases.apply.heading', { policy: pick(policy.name) })} description={t('cases.apply.description')} />
      {restored && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.apply.draftRestored', { date: formatDateTime(restored.savedAt) })}
          action={
            <Button
              size="small"
              onClick={() => {
                discard();
                setRestored(null);
                form.setFieldsValue(Object.fromEntries(Object.keys(form.getFieldsValue(true) as object).map((name) => [name, undefined])));
              }}
            >
              {t('cases.apply.discardDraft')}
            </Button>
          }
          data-testid="draft-restored"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={restored ? { ...toFormValues(fields, restored.values), materials: restored.materials } : undefined}
        scrollToFirstError
        style={{ maxWidth: 880 }}
      >
        <Card title={t('cases.apply.form')} size="small" style={{ marginBottom: 16 }}>
          <ApplicationFields fields={fields} />
        </Card>
        <Card title={t('cases.apply.materials')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="materials" noStyle>
            <MaterialsUpload materials={policy.materials} invalid={missingMaterials} />
          </Form.Item>
        </Card>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="apply-error" />}
        <Flex justify="flex-end">
          <Space>
            <Button icon={<SaveOutlined />} onClick={saveDraft} data-testid="save-draft">
              {t('cases.apply.saveDraft')}
            </Button>
            <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={isSubmitting} data-testid="submit-application">
              {t('cases.apply.submit')}
            </Button>
          </Space>
        </Flex>
      </Form>
    </div>
  );
}

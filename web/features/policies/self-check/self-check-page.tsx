import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Form, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import { policyPath, type PolicyDetail } from '../policies-api';
import { DateInput } from '../shared/date-input';
import { toFacts } from '../shared/fact-values';
import { PolicyHeading } from '../shared/policy-heading';
import { usePick } from '../shared/use-pick';
import { EvaluationResult } from './evaluation-result';
import { factFieldErrors } from './fact-errors';
import { FactFields } from './fact-fields';
import { useEvaluation } from './use-evaluation';

/**
 * 政策自测 — public: the questions a policy needs (its form, generated from the facts its rules read), and the
 * answer with "why / why not" from the server. Optionally as of another day (?asOf=), whose version then sets
 * the questions too.
 */
export function SelfCheckPage() {
  const { t } = useTranslation();
  const { pick } = usePick();
  const { policyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf') ?? undefined;
  const { data: policy, error, reload } = useApi<PolicyDetail>(policyPath(policyId, asOf));
  const [form] = Form.useForm<Record<string, unknown>>();
  const evaluation = useEvaluation(policyId);
  usePageTitle(policy ? `${t('policies.check.title')} · ${pick(policy.name)}` : t('policies.check.title'));

  const fields = useMemo(() => policy?.form ?? [], [policy]);
  const vocabulary = useMemo(() => ({ facts: fields, parameters: policy?.parameters ?? [] }), [fields, policy]);

  // Facts the server rejects are marked beside their questions.
  useEffect(() => {
    if (evaluation.error) form.setFields(factFieldErrors(evaluation.error, fields.map((f) => f.name)));
  }, [evaluation.error, fields, form]);

  if (error && !policy) return <ApiErrorResult error={error} onRetry={reload} />;
  if (!policy) return <Skeleton active paragraph={{ rows: 12 }} />;

  const setAsOf = (next: string | undefined) =>
    setSearch(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (next) params.set('asOf', next);
        else params.delete('asOf');
        return params;
      },
      { replace: true },
    );

  return (
    <div data-testid="self-check">
      <PolicyHeading policy={policy} page={t('policies.selfCheck')} title={`${t('policies.check.title')} · ${pick(policy.name)}`} description={t('policies.check.description')} />
      <Row gutter={[24, 16]} align="top">
        <Col xs={24} xl={11}>
          <Card>
            <Alert type="info" showIcon title={t('policies.form.unansweredHint')} style={{ marginBottom: 16 }} />
            <Form
              form={form}
              layout="vertical"
              requiredMark
              onFinish={(values) => evaluation.evaluate(toFacts(fields, values), asOf)}
              data-testid="self-check-form"
            >
              <FactFields title={t('policies.form.enterpriseSection')} fields={fields.filter((f) => f.origin === 'enterprise')} />
              <FactFields title={t('policies.form.applicationSection')} fields={fields.filter((f) => f.origin === 'application')} />
              <Form.Item label={t('policies.check.asOf')} extra={t('policies.check.asOfHint')}>
                <DateInput value={asOf} onChange={setAsOf} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" icon={<ExperimentOutlined />} loading={evaluation.isPending} data-testid="run-self-check">
                  {t('policies.check.submit')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    evaluation.clear();
                  }}
                >
                  {t('policies.check.reset')}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <div style={{ position: 'sticky', top: 84 }}>
            {evaluation.error && factFieldErrors(evaluation.error, fields.map((f) => f.name)).length === 0 ? (
              <Alert type="error" showIcon title={evaluation.error.message} data-testid="evaluation-error" />
            ) : evaluation.error ? (
              <Alert type="error" showIcon title={t('policies.check.invalidFacts')} data-testid="evaluation-error" />
            ) : evaluation.evaluation ? (
              <EvaluationResult evaluation={evaluation.evaluation} vocabulary={vocabulary} hasAmount={policy.hasAmount} />
            ) : (
              <Card>
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Typography.Text type="secondary">{t('policies.check.waiting')}</Typography.Text>} />
              </Card>
            )}
          </div>
        </Col>
      </Row>
    </div>
  );
}

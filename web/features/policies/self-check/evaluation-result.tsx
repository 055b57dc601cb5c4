import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Card, Collapse, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityResult, Evaluation } from '../policies-api';
import { formatYuan } from '../shared/format-value';
import { usePick } from '../shared/use-pick';
import { buildTraceRows, factLabel, type TraceVocabulary } from './trace-view';
import { TraceList } from './trace-list';

const LOOK: Record<EligibilityResult, { icon: ReactNode; color: string; background: string }> = {
  eligible: { icon: <CheckCircleFilled />, color: '#15803d', background: '#f0fdf4' },
  ineligible: { icon: <CloseCircleFilled />, color: '#b91c1c', background: '#fef2f2' },
  undetermined: { icon: <QuestionCircleFilled />, color: '#b45309', background: '#fffbeb' },
};

/**
 * 自测结果 — the answer of an evaluation: the conclusion and amount in a banner, what is still missing, "why" in
 * plain language (the server's explanation, in the language asked), the materials to prepare, and the full trace.
 */
export function EvaluationResult({ evaluation, vocabulary, hasAmount }: { evaluation: Evaluation; vocabulary: TraceVocabulary; hasAmount: boolean }) {
  const { t } = useTranslation();
  const { language } = usePick();
  const look = LOOK[evaluation.result];
  const colon = t('policies.check.colon');
  // The first sentence states the conclusion, which the banner already shows.
  const reasons = evaluation.explanation.slice(1);
  const rows = buildTraceRows(evaluation.trace, vocabulary, language);
  const amountText =
    evaluation.amount !== null
      ? formatYuan(evaluation.amount, language)
      : evaluation.result === 'eligible' && hasAmount
        ? t('policies.check.amountUnknown')
        : null;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="evaluation" data-result={evaluation.result}>
      <div style={{ background: look.background, border: `1px solid ${look.color}33`, borderRadius: 8, padding: '16px 20px' }} data-testid="result-banner">
        <Flex align="center" gap={12} wrap>
          <span style={{ fontSize: 30, color: look.color, lineHeight: 1 }}>{look.icon}</span>
          <div style={{ flex: 1, minWidth: 200 }}>
            <Typography.Title level={3} style={{ margin: 0, fontSize: 20, color: look.color }}>
              {t(`policies.result.${evaluation.result}`)}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('policies.check.versionUsed', { version: evaluation.version.version, from: evaluation.version.validFrom })}
            </Typography.Text>
          </div>
          {amountText && (
            <div style={{ textAlign: 'end' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('policies.check.amount')}
              </Typography.Text>
              <div style={{ fontSize: 22, fontWeight: 600, color: look.color }} data-testid="result-amount">
                {amountText}
              </div>
            </div>
          )}
        </Flex>
        {evaluation.missing.length > 0 && (
          <Flex gap={6} wrap align="center" style={{ marginTop: 12 }} data-testid="missing">
            <Typography.Text strong>
              {t('policies.check.missing')}
              {colon}
            </Typography.Text>
            {evaluation.missing.map((name) => (
              <Tag key={name} color="warning" style={{ marginInlineEnd: 0 }}>
                {factLabel(name, vocabulary, language)}
              </Tag>
            ))}
          </Flex>
        )}
      </div>

      {reasons.length > 0 && (
        <Card size="small" title={t('policies.check.why')}>
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="reasons">
            {reasons.map((reason, index) => (
              <li key={index} style={{ marginBottom: 4 }}>
                {reason}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {evaluation.result !== 'ineligible' && evaluation.materials.length > 0 && (
        <Card size="small" title={t('policies.check.materials')}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {evaluation.materials.map((m) => (
              <li key={m.id}>
                {language === 'en' ? m.nameEn : m.name}
                {!m.required && <Typography.Text type="secondary"> · {t('policies.detail.optional')}</Typography.Text>}
              </li>
            ))}
          </ol>
        </Card>
      )}

      <Collapse
        items={[
          {
            key: 'trace',
            label: (
              <span>
                {t('policies.check.trace')}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('policies.check.traceHint')}
                </Typography.Text>
              </span>
            ),
            children: <TraceList rows={rows} />,
          },
        ]}
        data-testid="trace-panel"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('policies.check.disclaimer')}
      </Typography.Text>
    </Space>
  );
}

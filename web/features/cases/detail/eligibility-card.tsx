import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../../policies/policies-api';
import { TraceList } from '../../policies/self-check/trace-list';
import { buildTraceRows } from '../../policies/self-check/trace-view';
import { formatYuan } from '../../policies/shared/format-value';
import { usePick } from '../../policies/shared/use-pick';
import type { CaseDetail } from '../cases-api';

const RESULT_COLORS = { eligible: 'success', ineligible: 'error', undetermined: 'warning' } as const;

/** 资格判定 — the policy's rules applied to the submitted form: the result, the amount and every step of the trace. */
export function EligibilityCard({ detail, policy }: { detail: CaseDetail; policy: PolicyDetail | undefined }) {
  const { t } = useTranslation();
  const { language } = usePick();
  const { eligibility } = detail;
  const rows = buildTraceRows(eligibility.trace, { facts: policy?.form ?? [], parameters: policy?.parameters ?? [] }, language);
  return (
    <Card
      size="small"
      title={t('cases.detail.eligibility')}
      extra={
        <span>
          <Tag color={RESULT_COLORS[eligibility.result]}>{t(`policies.result.${eligibility.result}`)}</Tag>
          {eligibility.amount !== null && <Typography.Text strong>{formatYuan(eligibility.amount, language)}</Typography.Text>}
        </span>
      }
      data-testid="eligibility-trace"
    >
      {eligibility.explanation.map((line, index) => (
        <Typography.Paragraph key={index} style={{ marginBottom: 4 }}>
          {line}
        </Typography.Paragraph>
      ))}
      <TraceList rows={rows} />
    </Card>
  );
}

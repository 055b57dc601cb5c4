import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined, QuestionCircleFilled } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePick } from '../shared/use-pick';
import type { TraceRow } from './trace-view';

const OUTCOME_ICON = {
  true: <CheckCircleFilled style={{ color: '#16a34a' }} />,
  false: <CloseCircleFilled style={{ color: '#dc2626' }} />,
  null: <QuestionCircleFilled style={{ color: '#d97706' }} />,
};
// In the amount formula a false step is a case or cap that did not apply: no failure, so no red cross.
const NOT_APPLIED_ICON = <MinusCircleOutlined style={{ color: '#94a3b8' }} />;

function iconOf(row: TraceRow) {
  return row.section === 'amount' && row.outcome === false ? NOT_APPLIED_ICON : OUTCOME_ICON[String(row.outcome) as 'true'];
}

/** 计算过程 — every step of the evaluation: outcome, what it read, the parameters it used and the rule it rests on. */
export function TraceList({ rows }: { rows: TraceRow[] }) {
  const { t } = useTranslation();
  const { language } = usePick();
  const colon = t('policies.check.colon');
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="trace">
      {rows.map((row) => (
        <li
          key={row.key}
          data-outcome={String(row.outcome)}
          style={{ marginInlineStart: row.depth * 20, padding: '6px 0 6px 10px', borderInlineStart: '2px solid #e5e9f0' }}
        >
          <Flex gap={8} align="flex-start">
            <span aria-label={t(`policies.check.outcome.${row.outcome === null ? 'unknown' : row.outcome}`)}>{iconOf(row)}</span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <div>
                {row.title && (
                  <Typography.Text strong>
                    {row.title}
                    {colon}
                  </Typography.Text>
                )}
                <span>{row.text}</span>
                {row.amount && <Typography.Text type="secondary"> · {t('policies.check.stepAmount', { amount: row.amount })}</Typography.Text>}
              </div>
              {(row.facts.length > 0 || row.parameters.length > 0) && (
                <Flex gap={4} wrap style={{ marginTop: 4 }}>
                  {row.facts.map((fact) => (
                    <Tag key={fact.name} style={{ marginInlineEnd: 0 }}>
                      {fact.label}
                      {colon}
                      {fact.value}
                    </Tag>
                  ))}
                  {row.parameters.map((parameter) => (
                    <Tag key={parameter.name} color={parameter.verified ? 'blue' : 'gold'} style={{ marginInlineEnd: 0 }}>
                      {t('policies.check.parameterUse', { label: parameter.label, value: parameter.value, from: parameter.from })}
                      {parameter.verified ? '' : ` · ${t('policies.unverified')}`}
                    </Tag>
                  ))}
                </Flex>
              )}
              {row.missing.length > 0 && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('policies.check.missing')}
                  {colon}
                  {row.missing.join(language === 'en' ? ', ' : '、')}
                </Typography.Text>
              )}
              {row.legalRef && (
                <div style={{ fontSize: 12 }}>
                  <Typography.Text type="secondary">
                    {t('policies.check.basis')}
                    {colon}
                    {row.legalRef.title} {row.legalRef.article}
                  </Typography.Text>
                  {!row.legalRef.verified && (
                    <Tag color="warning" style={{ marginInlineStart: 6, fontSize: 11 }}>
                      {t('policies.unverified')}
                    </Tag>
                  )}
                </div>
              )}
            </div>
          </Flex>
        </li>
      ))}
    </ol>
  );
}

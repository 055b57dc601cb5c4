import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyParameter } from '../policies-api';
import { formatValue } from '../shared/format-value';
import { LegalRefText } from '../shared/legal-ref';
import { VerifiedTag } from '../shared/policy-tags';
import { usePick } from '../shared/use-pick';

/** 政策参数 — each figure of the policy: the value in force, its dated values, where the law says so, whether it is verified. */
export function ParametersTable({ parameters }: { parameters: PolicyParameter[] }) {
  const { t } = useTranslation();
  const { pick, language } = usePick();
  return (
    <Table<PolicyParameter>
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={parameters}
      tableLayout="fixed"
      scroll={{ x: 760 }}
      data-testid="parameters"
      columns={[
        {
          title: t('policies.detail.parameter'),
          width: 200,
          render: (_, p) => (
            <div>
              <Flex gap={6} align="center" wrap>
                <Typography.Text strong>{pick(p.label)}</Typography.Text>
                {p.shared && (
                  <Tooltip title={t('policies.sharedHint')}>
                    <Tag style={{ marginInlineEnd: 0 }}>{t('policies.shared')}</Tag>
                  </Tooltip>
                )}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                {p.name}
              </Typography.Text>
              {p.note && <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{pick(p.note)}</div>}
            </div>
          ),
        },
        {
          title: t('policies.detail.valueInForce'),
          width: 110,
          render: (_, p) => <Typography.Text strong>{formatValue(p.type, p.value, language)}</Typography.Text>,
        },
        {
          title: t('policies.detail.datedValues'),
          width: 170,
          render: (_, p) => (
            <div>
              {p.values.map((v) => (
                <div key={v.from} style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  <Typography.Text type="secondary">{t('policies.detail.fromDate', { from: v.from })}</Typography.Text>{' '}
                  {formatValue(p.type, v.value, language)}
                </div>
              ))}
            </div>
          ),
        },
        { title: t('policies.detail.legalRef'), render: (_, p) => <LegalRefText legalRef={p.legalRef} compact /> },
        { title: t('policies.detail.verification'), width: 92, render: (_, p) => <VerifiedTag verified={p.verified} source={p.source} /> },
      ]}
    />
  );
}

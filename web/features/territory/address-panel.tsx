import { Alert, Descriptions, Progress, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api';
import { useLocalized } from '../../app/localized';
import type { AddressResolution, ParsedAddress } from './territory-api';

/** The parts of an address in reading order, as the panel lists them. */
const partOrder: readonly (keyof ParsedAddress)[] = [
  'province',
  'city',
  'district',
  'town',
  'area',
  'village',
  'road',
  'lane',
  'number',
  'villageCode',
  'rest',
];

/** 地址解析状态 — an address search in flight, answered, or failed. */
export interface AddressSearch {
  address: string;
  answer?: AddressResolution;
  error?: ApiError;
}

/**
 * 地址解析结果 — the town and body an address was placed in, with the confidence and the rule that matched; an
 * address that could not be placed says so plainly ("needs manual location"), never shows a guess.
 */
export function AddressPanel({ search }: { search: AddressSearch }) {
  const { t } = useTranslation();
  const { name, text } = useLocalized();
  const { answer, error } = search;

  if (error) return <Alert type="error" showIcon title={error.message} data-testid="address-error" />;
  if (!answer) return <Skeleton active paragraph={{ rows: 4 }} />;

  const parsed = answer.parsed ?? {};
  // 上海市 is both province and city (a municipality); it is listed once.
  const parsedParts = partOrder
    .flatMap((part) => {
      const value = parsed[part];
      return value ? [[part, value] as const] : [];
    })
    .filter(([, value], i, parts) => i === 0 || parts[i - 1]![1] !== value);
  const reason = answer.reason ? text(answer.reason, answer.reasonEn) : undefined;

  return (
    <div data-testid="address-answer" data-status={answer.status}>
      <Typography.Paragraph style={{ marginBottom: 10 }} strong>
        {search.address}
      </Typography.Paragraph>
      {answer.status === 'needs-manual-location' && (
        <Alert
          type="warning"
          showIcon
          title={t('territory.address.needsManual')}
          description={
            <>
              <div>{t('territory.address.needsManualHint')}</div>
              {reason && <div style={{ marginTop: 4 }}>{reason}</div>}
            </>
          }
          data-testid="needs-manual-location"
          style={{ marginBottom: 10 }}
        />
      )}
      {answer.status === 'outside' && (
        <Alert
          type="info"
          showIcon
          title={t('territory.address.outside')}
          description={reason ?? t('territory.address.outsideHint')}
          style={{ marginBottom: 10 }}
        />
      )}
      {answer.status === 'placed' && (
        <div style={{ marginBottom: 10 }}>
          <Tag color="success" style={{ fontSize: 13, padding: '2px 10px' }}>
            {t('territory.address.placed')}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('territory.address.highlighted')}
          </Typography.Text>
        </div>
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 112 } }}
        items={[
          ...(answer.town
            ? [{ key: 'town', label: t('territory.answer.town'), children: <span data-testid="address-town">{name(answer.town)}</span> }]
            : []),
          ...(answer.body ? [{ key: 'body', label: t('territory.answer.body'), children: name(answer.body) }] : []),
          {
            key: 'confidence',
            label: t('territory.address.confidence'),
            children: <Progress percent={Math.round(answer.confidence * 100)} size="small" style={{ width: 160, margin: 0 }} />,
          },
          {
            key: 'rule',
            label: t('territory.address.rule'),
            children: <span data-rule={answer.rule}>{t(`territory.address.rules.${answer.rule}`, { defaultValue: answer.rule })}</span>,
          },
          ...(answer.status === 'placed' && reason ? [{ key: 'reason', label: t('territory.address.reason'), children: reason }] : []),
          ...(answer.candidates?.length
            ? [
                {
                  key: 'candidates',
                  label: t('territory.address.candidates'),
                  children: answer.candidates.map((candidate) => name(candidate)).join('、'),
                },
              ]
            : []),
          ...(parsedParts.length > 0
            ? [
                {
                  key: 'parsed',
                  label: t('territory.address.parsed'),
                  children: (
                    <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                      {parsedParts.map(([part, value]) => (
                        <Tooltip key={part} title={t(`territory.address.parts.${part}`)}>
                          <Tag style={{ marginInlineEnd: 0 }}>{value}</Tag>
                        </Tooltip>
                      ))}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

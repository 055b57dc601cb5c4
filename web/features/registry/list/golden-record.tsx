import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/localized';
import { IndustryTag } from '../industry-tag';
import type { EnterpriseDetail } from '../registry-api';
import { formatAmount, formatCount } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';
import { ProvenanceTag } from './provenance-tag';

// Wide enough for the longest label (统一社会信用代码) on one line.
const labelStyle = { width: 150, whiteSpace: 'nowrap' } as const;

/**
 * 企业档案 — the golden record, each value with the source it was taken from (survivorship picks every field from the
 * most trusted source that has it), then where the enterprise is and how it was placed.
 */
export function GoldenRecord({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  const none = t('common.none');
  const text = (value: string | null | undefined) => value ?? none;
  const withSource = (field: string, value: ReactNode) => (
    <span data-testid={`golden-${field}`}>
      {value}
      <ProvenanceTag provenance={enterprise.provenance[field]} />
    </span>
  );
  const item = (field: string, value: ReactNode, span = 1) => ({ key: field, label: labels.field(field), span, children: withSource(field, value) });

  const identity = [
    item('name', <Typography.Text strong>{enterprise.name}</Typography.Text>, 2),
    item('creditCode', <Typography.Text copyable={enterprise.creditCode ? { text: enterprise.creditCode } : false} style={{ fontFamily: 'monospace' }}>{text(enterprise.creditCode)}</Typography.Text>),
    item('status', enterprise.status === 'active' ? <Tag color="green">{t('registry.status.active')}</Tag> : <Tag>{t('registry.status.deregistered')}</Tag>),
    item('legalRep', text(enterprise.legalRep)),
    item('foundedOn', text(enterprise.foundedOn)),
    item('address', text(enterprise.address), 2),
    item('phone', text(enterprise.phone)),
    item(
      'industryCode',
      <Space size={8}>
        {enterprise.industryCode && <Typography.Text style={{ fontFamily: 'monospace' }}>{enterprise.industryCode}</Typography.Text>}
        <IndustryTag industry={enterprise.industry} chainSegment={enterprise.chainSegment} />
      </Space>,
    ),
    item('registeredCapital', formatAmount(enterprise.registeredCapital, language)),
    item('employees', formatCount(enterprise.employees, language)),
    item('revenue', formatAmount(enterprise.revenue, language)),
    item('tax', formatAmount(enterprise.tax, language)),
  ];
  const place = [
    { key: 'area', label: labels.field('area'), children: enterprise.area || enterprise.locatedBy ? labels.area(enterprise.area) : none },
    { key: 'town', label: labels.field('town'), children: enterprise.townCode ? labels.town(enterprise.townCode, enterprise.townName) : none },
    { key: 'body', label: labels.field('body'), children: enterprise.bodyId ? labels.body(enterprise.bodyId, enterprise.bodyName) : none },
    { key: 'community', label: labels.field('community'), children: text(enterprise.community) },
    {
      key: 'coordinates',
      label: labels.field('coordinates'),
      children: enterprise.lng !== null && enterprise.lat !== null ? `${enterprise.lng.toFixed(5)}, ${enterprise.lat.toFixed(5)}` : none,
    },
    {
      key: 'locatedBy',
      label: labels.field('locatedBy'),
      children: enterprise.locatedBy ? <Tag>{t(`registry.locatedBy.${enterprise.locatedBy}`)}</Tag> : <Tag color="orange">{t('registry.list.unplaced')}</Tag>,
    },
    { key: 'enteredZoneOn', label: labels.field('enteredZoneOn'), children: text(enterprise.enteredZoneOn) },
    { key: 'leftZoneOn', label: labels.field('leftZoneOn'), children: text(enterprise.leftZoneOn) },
    {
      key: 'inDirectory',
      label: labels.field('inDirectory'),
      children: enterprise.inDirectory ? <Tag color="green">{t('registry.list.inDirectory')}</Tag> : <Tag>{t('registry.list.notInDirectory')}</Tag>,
    },
  ];
  return (
    <>
      <Descriptions size="small" bordered column={2} items={identity} data-testid="golden-record" styles={{ label: labelStyle }} />
      <Typography.Title level={5} style={{ margin: '20px 0 8px' }}>
        {t('registry.detail.location')}
      </Typography.Title>
      <Descriptions size="small" bordered column={2} items={place} styles={{ label: labelStyle }} />
    </>
  );
}

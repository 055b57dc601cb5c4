import { Button, Descriptions, Drawer, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkCreditCode } from '../../../../core/registry/credit-code';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import type { Registration } from '../accounts-api';
import { RegistrationStatusTag } from './registration-status-tag';

/** One registration in full, with verify and reject when its abilities allow them. */
export function RegistrationDrawer({
  registration,
  placeOf,
  pending,
  onVerify,
  onReject,
  onClose,
}: {
  registration: Registration | undefined;
  placeOf: (r: Registration) => string;
  pending: string | null;
  onVerify: (r: Registration) => void;
  onReject: (r: Registration) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const r = registration;
  const decoded = r ? checkCreditCode(r.creditCode) : undefined;

  return (
    <Drawer
      open={r !== undefined}
      onClose={onClose}
      size={560}
      title={r?.enterpriseName}
      destroyOnHidden
      extra={
        r && (
          <Space>
            {r.abilities.includes('reject') && (
              <Button danger onClick={() => onReject(r)}>
                {t('accounts.registrations.reject')}
              </Button>
            )}
            {r.abilities.includes('verify') && (
              <Button type="primary" loading={pending === `verify:${r.id}`} onClick={() => onVerify(r)} data-testid="drawer-verify">
                {t('accounts.registrations.verify')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {r && (
        <Descriptions
          column={1}
          bordered
          size="small"
          data-testid="registration-detail"
          items={[
            { key: 'status', label: t('common.status'), children: <RegistrationStatusTag status={r.status} /> },
            { key: 'name', label: t('auth.register.enterpriseName'), children: r.enterpriseName },
            {
              key: 'code',
              label: t('auth.register.creditCode'),
              children: (
                <div>
                  <Typography.Text code copyable>
                    {r.creditCode}
                  </Typography.Text>
                  {decoded?.valid && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[decoded.authority.zh && text(decoded.authority.zh, decoded.authority.en), decoded.entityType.zh && text(decoded.entityType.zh, decoded.entityType.en), decoded.areaCode]
                          .filter(Boolean)
                          .join(' · ')}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              ),
            },
            { key: 'place', label: t('accounts.units.location'), children: placeOf(r) || t('common.none') },
            { key: 'contact', label: t('auth.register.contactName'), children: r.contactName },
            { key: 'phone', label: t('auth.register.contactPhone'), children: r.contactPhone },
            { key: 'user', label: t('auth.register.username'), children: <Typography.Text code>{r.submittedUsername}</Typography.Text> },
            {
              key: 'unit',
              label: t('accounts.registrations.enterpriseUnit'),
              children: r.enterpriseUnitId ?? t('accounts.registrations.newEnterprise'),
            },
            { key: 'submitted', label: t('accounts.registrations.submittedAt'), children: formatDateTime(r.submittedAt) },
            ...(r.reviewedAt
              ? [
                  { key: 'reviewed', label: t('accounts.registrations.reviewedAt'), children: formatDateTime(r.reviewedAt) },
                  { key: 'reason', label: t('accounts.registrations.reason'), children: r.reason ?? t('common.none') },
                ]
              : []),
          ]}
        />
      )}
    </Drawer>
  );
}

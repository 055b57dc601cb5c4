import { Card, Descriptions, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/auth-context';
import type { Me } from '../../../app/auth/me';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import { UnitKindTag } from '../units/unit-kind-tag';

/** Who one is, and the units one belongs to: choosing one makes it the unit one acts for. */
export function AccountCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { switchActingUnit } = useAuth();
  const { run, pending } = useAction();

  return (
    <Card title={t('profile.account')} style={{ height: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('profile.displayName'), children: me.user.displayName },
          { key: 'user', label: t('profile.username'), children: <Typography.Text code>{me.user.username}</Typography.Text> },
          {
            key: 'permissions',
            label: t('profile.permissionCount'),
            children: t('profile.permissionCountValue', { count: me.permissions.length }),
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 14, margin: '16px 0 4px' }}>
        {t('profile.units')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('profile.unitsHint')}
      </Typography.Paragraph>
      <Radio.Group
        value={me.actingUnit?.id}
        disabled={pending !== null}
        onChange={(event) => {
          const unitId = event.target.value as string;
          const unit = me.units.find((u) => u.id === unitId);
          void run('switch', () => switchActingUnit(unitId), t('auth.switchedUnit', { unit: unit ? name(unit) : unitId }));
        }}
        data-testid="profile-units"
      >
        <Space orientation="vertical">
          {me.units.map((unit) => (
            <Radio key={unit.id} value={unit.id}>
              <Space size={8}>
                {name(unit)}
                <UnitKindTag kind={unit.kind} />
                {unit.id === me.actingUnit?.id && <Tag color="blue">{t('profile.acting')}</Tag>}
              </Space>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Card>
  );
}

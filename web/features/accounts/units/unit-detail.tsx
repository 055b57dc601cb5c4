import { Card, Descriptions, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { toQuery } from '../../../app/api';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { useLocalized } from '../../../app/localized';
import { Permission } from '../../../app/permissions';
import { useApi } from '../../../app/use-api';
import type { Page, Unit, User } from '../accounts-api';
import { UserStatusTag } from '../users/user-status-tag';
import { UnitKindTag } from './unit-kind-tag';

/** One unit: its identity, where an enterprise is located, and the people who belong to it (when one may see them). */
export function UnitDetail({ unit, byId }: { unit: Unit; byId: ReadonlyMap<string, Unit> }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { me } = useAuth();
  const canReadUsers = hasAnyPermission(me, [Permission.UserRead]);
  const members = useApi<Page<User>>(canReadUsers ? `/api/users${toQuery({ unitId: unit.id, pageSize: 50 })}` : null);
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  const body = unit.bodyId ? byId.get(unit.bodyId) : undefined;
  const town = unit.townCode ? [...byId.values()].find((u) => u.kind === 'town' && u.code === unit.townCode) : undefined;

  const items = [
    { key: 'name', label: t('accounts.units.name'), children: name(unit) },
    { key: 'nameEn', label: t('accounts.units.nameEn'), children: unit.nameEn },
    { key: 'kind', label: t('accounts.units.kind'), children: <UnitKindTag kind={unit.kind} /> },
    { key: 'id', label: t('accounts.units.id'), children: <Typography.Text code>{unit.id}</Typography.Text> },
    ...(parent ? [{ key: 'parent', label: t('accounts.units.parent'), children: name(parent) }] : []),
    ...(unit.code ? [{ key: 'code', label: t('accounts.units.code'), children: unit.code }] : []),
    ...(unit.creditCode ? [{ key: 'credit', label: t('accounts.units.creditCode'), children: <Typography.Text code>{unit.creditCode}</Typography.Text> }] : []),
    ...(unit.kind === 'enterprise'
      ? [
          {
            key: 'place',
            label: t('accounts.units.location'),
            children: [body ? name(body) : unit.bodyId, town ? name(town) : unit.townCode].filter(Boolean).join(' · ') || t('common.none'),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="unit-detail">
      <Card title={name(unit)}>
        <Descriptions column={1} size="small" bordered items={items} />
      </Card>
      {canReadUsers && (
        <Card title={t('accounts.units.members', { count: members.data?.total ?? 0 })} size="small">
          {members.isLoading && !members.data ? (
            <Skeleton active title={false} paragraph={{ rows: 3 }} />
          ) : members.data?.items.length ? (
            members.data.items.map((user) => (
              <Flex key={user.id} justify="space-between" align="center" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Space>
                  <Typography.Text strong>{user.displayName}</Typography.Text>
                  <Typography.Text type="secondary">{user.username}</Typography.Text>
                  {user.units.length > 1 && <Tag>{t('accounts.units.alsoIn', { count: user.units.length - 1 })}</Tag>}
                </Space>
                <UserStatusTag status={user.status} />
              </Flex>
            ))
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.units.noMembers')} />
          )}
        </Card>
      )}
    </Space>
  );
}

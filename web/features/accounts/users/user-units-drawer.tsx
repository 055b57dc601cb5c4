import { Alert, Button, Divider, Drawer, Empty, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson, sendJson, toQuery } from '../../../app/api';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { useLocalized } from '../../../app/localized';
import { Permission } from '../../../app/permissions';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import type { Grant, Unit, User } from '../accounts-api';
import { ScopeTag } from '../grants/scope-tag';
import { useRoles } from '../roles/use-roles';
import { UnitKindTag } from '../units/unit-kind-tag';

/**
 * 所属单位 — the units a user belongs to: add one, or remove one (which ends the grants held there). The user's
 * grants are listed below, as they depend on the units.
 */
export function UserUnitsDrawer({ user, units, onClose, onChanged }: { user: User | undefined; units: readonly Unit[]; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { me } = useAuth();
  const { byId: roles } = useRoles();
  const { run, pending } = useAction();
  const [adding, setAdding] = useState<string>();
  const canReadGrants = hasAnyPermission(me, [Permission.GrantRead]);
  const grants = useApi<Grant[]>(user && canReadGrants ? `/api/grants${toQuery({ userId: user.id })}` : null);
  const unitName = (id: string) => {
    const unit = units.find((u) => u.id === id) ?? user?.units.find((u) => u.id === id);
    return unit ? name(unit) : id;
  };

  const change = async (key: string, action: () => Promise<unknown>, success: string) => {
    if (await run(key, action, success)) {
      onChanged();
      grants.reload();
      setAdding(undefined);
    }
  };

  const memberIds = new Set(user?.units.map((unit) => unit.id));
  return (
    <Drawer open={user !== undefined} onClose={onClose} size={560} title={user ? t('accounts.users.unitsOf', { user: user.displayName }) : ''} destroyOnHidden>
      {user && (
        <div data-testid="user-units">
          <Typography.Paragraph type="secondary">{t('accounts.users.unitsHint')}</Typography.Paragraph>
          {user.units.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.users.noUnits')} />}
          {user.units.map((unit) => (
            <Flex key={unit.id} justify="space-between" align="center" style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Space>
                {name(unit)}
                <UnitKindTag kind={unit.kind} />
              </Space>
              <Popconfirm
                title={t('accounts.users.removeUnitConfirm', { unit: name(unit) })}
                onConfirm={() =>
                  void change(`remove:${unit.id}`, () => requestJson(`/api/users/${user.id}/units/${encodeURIComponent(unit.id)}`, { method: 'DELETE' }), t('accounts.users.unitRemoved'))
                }
              >
                <Button type="link" danger size="small" loading={pending === `remove:${unit.id}`}>
                  {t('common.remove')}
                </Button>
              </Popconfirm>
            </Flex>
          ))}
          <Space.Compact style={{ width: '100%', marginTop: 16 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={adding}
              onChange={setAdding}
              placeholder={t('accounts.users.addUnitPlaceholder')}
              style={{ flex: 1 }}
              options={units.filter((unit) => !memberIds.has(unit.id)).map((unit) => ({ value: unit.id, label: name(unit) }))}
            />
            <Button
              type="primary"
              disabled={!adding}
              loading={pending === 'add'}
              onClick={() => adding && void change('add', () => sendJson(`/api/users/${user.id}/units`, 'POST', { unitId: adding }), t('accounts.users.unitAdded'))}
            >
              {t('common.add')}
            </Button>
          </Space.Compact>
          {canReadGrants && (
            <>
              <Divider titlePlacement="start">{t('accounts.users.grantsOf')}</Divider>
              {grants.error ? (
                <Alert type="error" title={grants.error.message} />
              ) : (
                <Table<Grant>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  loading={grants.isLoading}
                  dataSource={grants.data}
                  locale={{ emptyText: t('accounts.grants.none') }}
                  columns={[
                    { title: t('accounts.grants.role'), dataIndex: 'roleId', render: (id: string) => { const role = roles.get(id); return role ? name(role) : <Tag>{id}</Tag>; } },
                    { title: t('accounts.grants.unit'), dataIndex: 'unitId', render: unitName },
                    { title: t('accounts.grants.scope'), dataIndex: 'scope', render: (scope: Grant['scope']) => <ScopeTag scope={scope} /> },
                  ]}
                />
              )}
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson, toQuery } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import { Permission } from '../../../app/permissions';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import { dataScopes, type Grant } from '../accounts-api';
import { useRoles } from '../roles/use-roles';
import { useUnits } from '../units/use-units';
import { useListParams } from '../../../app/use-list-params';
import { CreateGrantModal } from './create-grant-modal';
import { ScopeTag } from './scope-tag';

/** 授权 — who holds which role in which unit with which scope; grant one, revoke one (per the row's abilities). */
export function GrantsTab() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { me } = useAuth();
  const { byId: roles, roles: roleList } = useRoles();
  const { byId: units, units: unitList } = useUnits();
  const { values, update } = useListParams(['unitId', 'user', 'role', 'scope'] as const);
  const { data, error, isLoading, reload } = useApi<Grant[]>(`/api/grants${toQuery({ unitId: values.unitId })}`);
  const { run, pending } = useAction();
  const [isCreating, setCreating] = useState(false);

  const rows = useMemo(() => {
    const needle = values.user?.trim().toLowerCase();
    return (data ?? []).filter(
      (grant) =>
        (!needle || grant.username.includes(needle)) && (!values.role || grant.roleId === values.role) && (!values.scope || grant.scope === values.scope),
    );
  }, [data, values.user, values.role, values.scope]);

  const unitName = (id: string) => {
    const unit = units.get(id);
    return unit ? name(unit) : id;
  };

  return (
    <div data-testid="grants">
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search allowClear defaultValue={values.user} placeholder={t('accounts.grants.searchUser')} onSearch={(user) => update({ user })} style={{ width: 200 }} />
          {unitList.length > 0 && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={values.unitId}
              placeholder={t('accounts.users.anyUnit')}
              onChange={(unitId?: string) => update({ unitId })}
              style={{ width: 220 }}
              options={unitList.map((unit) => ({ value: unit.id, label: name(unit) }))}
            />
          )}
          {roleList.length > 0 && (
            <Select
              allowClear
              value={values.role}
              placeholder={t('accounts.grants.anyRole')}
              onChange={(role?: string) => update({ role })}
              style={{ width: 160 }}
              options={roleList.map((role) => ({ value: role.id, label: name(role) }))}
            />
          )}
          <Select
            allowClear
            value={values.scope}
            placeholder={t('accounts.grants.anyScope')}
            onChange={(scope?: string) => update({ scope })}
            style={{ width: 160 }}
            options={dataScopes.map((scope) => ({ value: scope, label: t(`accounts.scopes.${scope}`) }))}
          />
        </Space>
        {hasAnyPermission(me, [Permission.GrantManage]) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-grant">
            {t('accounts.grants.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('accounts.grants.explain')}
      </Typography.Paragraph>
      {error ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<Grant>
          rowKey="id"
          loading={isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { count: total }), hideOnSinglePage: true }}
          columns={[
            { title: t('accounts.grants.user'), dataIndex: 'username', render: (username: string) => <Typography.Text strong>{username}</Typography.Text> },
            {
              title: t('accounts.grants.role'),
              dataIndex: 'roleId',
              render: (id: string) => {
                const role = roles.get(id);
                return role ? name(role) : <Tag>{id}</Tag>;
              },
            },
            { title: t('accounts.grants.unit'), dataIndex: 'unitId', render: unitName },
            { title: t('accounts.grants.scope'), dataIndex: 'scope', render: (scope: Grant['scope']) => <ScopeTag scope={scope} /> },
            { title: t('accounts.grants.grantedAt'), dataIndex: 'createdAt', width: 160, render: (value: string) => formatDateTime(value) },
            {
              title: t('common.actions'),
              width: 100,
              render: (_, grant) =>
                grant.abilities.includes('revoke') && (
                  <Popconfirm
                    title={t('accounts.grants.revokeConfirm', { user: grant.username })}
                    onConfirm={() =>
                      void run(grant.id, () => requestJson(`/api/grants/${grant.id}`, { method: 'DELETE' }), t('accounts.grants.revoked')).then(
                        (isDone) => isDone && reload(),
                      )
                    }
                  >
                    <Button type="link" size="small" danger loading={pending === grant.id}>
                      {t('accounts.grants.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
      <CreateGrantModal
        open={isCreating}
        roles={roleList}
        onClose={(created) => {
          setCreating(false);
          if (created) reload();
        }}
      />
    </div>
  );
}

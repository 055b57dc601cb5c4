import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, toQuery } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import { Permission } from '../../../app/permissions';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import type { Page, User } from '../accounts-api';
import { useUnits } from '../units/use-units';
import { CreateUserModal } from './create-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { useListParams } from '../../../app/use-list-params';
import { UserStatusTag } from './user-status-tag';
import { UserUnitsDrawer } from './user-units-drawer';

/** 用户 — the people within one's scope, a page at a time; actions per row from the row's abilities. */
export function UsersTab() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { me } = useAuth();
  const { units } = useUnits();
  const { values, page, pageSize, update } = useListParams(['q', 'status', 'unitId'] as const);
  const path = `/api/users${toQuery({ ...values, page, pageSize })}`;
  const { data, error, isLoading, reload } = useApi<Page<User>>(path);
  const { run, pending } = useAction();
  const [isCreating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User>();
  const [managingId, setManagingId] = useState<string>();

  const setEnabled = (user: User, enabled: boolean) =>
    void run(`${user.id}:status`, () => sendJson(`/api/users/${user.id}/${enabled ? 'enable' : 'disable'}`, 'POST'), t(enabled ? 'accounts.users.enabled' : 'accounts.users.disabled', { user: user.username })).then(
      (isDone) => isDone && reload(),
    );

  return (
    <div data-testid="users">
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={values.q}
            placeholder={t('accounts.users.search')}
            onSearch={(q) => update({ q })}
            style={{ width: 240 }}
            data-testid="users-search"
          />
          <Select
            allowClear
            value={values.status}
            placeholder={t('accounts.users.anyStatus')}
            onChange={(status?: string) => update({ status })}
            style={{ width: 140 }}
            options={(['active', 'disabled', 'pending'] as const).map((status) => ({ value: status, label: t(`accounts.userStatus.${status}`) }))}
          />
          {units.length > 0 && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={values.unitId}
              placeholder={t('accounts.users.anyUnit')}
              onChange={(unitId?: string) => update({ unitId })}
              style={{ width: 240 }}
              options={units.map((unit) => ({ value: unit.id, label: name(unit) }))}
            />
          )}
        </Space>
        {hasAnyPermission(me, [Permission.UserManage]) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-user">
            {t('accounts.users.create')}
          </Button>
        )}
      </Flex>
      {error ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<User>
          rowKey="id"
          loading={isLoading}
          dataSource={data?.items}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
          }}
          columns={[
            {
              title: t('accounts.users.user'),
              render: (_, user) => (
                <div>
                  <Typography.Text strong>{user.displayName}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {user.username}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('accounts.users.units'),
              render: (_, user) =>
                user.units.length === 0 ? (
                  <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                ) : (
                  <Space size={[4, 4]} wrap>
                    {user.units.map((unit) => (
                      <Tag key={unit.id}>{name(unit)}</Tag>
                    ))}
                  </Space>
                ),
            },
            {
              title: t('common.status'),
              width: 200,
              render: (_, user) => (
                <Space size={4} wrap>
                  <UserStatusTag status={user.status} />
                  {user.lockedUntil && new Date(user.lockedUntil) > new Date() && (
                    <Tooltip title={t('accounts.users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
                      <Tag color="red">{t('accounts.users.locked')}</Tag>
                    </Tooltip>
                  )}
                  {user.mustChangePassword && <Tag color="gold">{t('accounts.users.mustChange')}</Tag>}
                </Space>
              ),
            },
            { title: t('accounts.users.createdAt'), dataIndex: 'createdAt', width: 160, render: (value: string) => formatDateTime(value) },
            {
              title: t('common.actions'),
              width: 260,
              render: (_, user) => (
                <Space size={0} wrap>
                  {user.abilities.includes('disable') && (
                    <Popconfirm title={t('accounts.users.disableConfirm', { user: user.username })} onConfirm={() => setEnabled(user, false)}>
                      <Button type="link" size="small" danger loading={pending === `${user.id}:status`}>
                        {t('accounts.users.disable')}
                      </Button>
                    </Popconfirm>
                  )}
                  {user.abilities.includes('enable') && (
                    <Button type="link" size="small" loading={pending === `${user.id}:status`} onClick={() => setEnabled(user, true)}>
                      {t('accounts.users.enable')}
                    </Button>
                  )}
                  {user.abilities.includes('reset-password') && (
                    <Button type="link" size="small" onClick={() => setResetting(user)}>
                      {t('accounts.users.resetPassword')}
                    </Button>
                  )}
                  {user.abilities.includes('manage-units') && (
                    <Button type="link" size="small" onClick={() => setManagingId(user.id)}>
                      {t('accounts.users.manageUnits')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <CreateUserModal
        open={isCreating}
        units={units}
        onClose={(created) => {
          setCreating(false);
          if (created) reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
      <UserUnitsDrawer
        user={data?.items.find((user) => user.id === managingId)}
        units={units}
        onClose={() => setManagingId(undefined)}
        onChanged={reload}
      />
    </div>
  );
}

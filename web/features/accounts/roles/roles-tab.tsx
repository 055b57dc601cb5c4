import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { useLocalized } from '../../../app/localized';
import { Permission } from '../../../app/permissions';
import type { Role } from '../accounts-api';
import { usePermissionName } from './permission-name';
import { RoleEditorModal } from './role-editor-modal';
import { useRoles } from './use-roles';

/** 角色 — the roles of the installation and their permissions; create one, edit one (per the row's abilities). */
export function RolesTab() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { me } = useAuth();
  const permissionName = usePermissionName();
  const { roles, error, isLoading, reload } = useRoles();
  const [editing, setEditing] = useState<Role | 'new'>();

  return (
    <div data-testid="roles">
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('accounts.roles.explain')}</Typography.Text>
        {hasAnyPermission(me, [Permission.RoleManage]) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="create-role">
            {t('accounts.roles.create')}
          </Button>
        )}
      </Flex>
      {error ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<Role>
          rowKey="id"
          loading={isLoading}
          dataSource={roles}
          pagination={false}
          columns={[
            {
              title: t('accounts.roles.name'),
              width: 220,
              render: (_, role) => (
                <div>
                  <Space size={6}>
                    <Typography.Text strong>{name(role)}</Typography.Text>
                    {role.builtIn && <Tag>{t('accounts.roles.builtIn')}</Tag>}
                  </Space>
                  <div>
                    <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                      {role.id}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('accounts.roles.permissions'),
              render: (_, role) =>
                role.permissions.length === 0 ? (
                  <Typography.Text type="secondary">{t('accounts.roles.noPermissions')}</Typography.Text>
                ) : (
                  <Space size={[4, 4]} wrap>
                    {role.permissions.map((id) => (
                      <Tooltip key={id} title={id}>
                        <Tag color="blue" variant="filled">
                          {permissionName(id)}
                        </Tag>
                      </Tooltip>
                    ))}
                  </Space>
                ),
            },
            {
              title: t('common.actions'),
              width: 100,
              render: (_, role) =>
                role.abilities.includes('update') && (
                  <Button type="link" size="small" onClick={() => setEditing(role)}>
                    {t('common.edit')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('accounts.roles.catalogueNote')} />
      <RoleEditorModal
        role={editing}
        roles={roles}
        onClose={(changed) => {
          setEditing(undefined);
          if (changed) reload();
        }}
      />
    </div>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import type { Me } from '../../../app/auth/me';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import type { ApiToken } from '../accounts-api';
import { usePermissionName } from '../roles/permission-name';
import { CreateTokenModal } from './create-token-modal';

/** API 令牌 — credentials for system integrations, acting for the current unit with chosen permissions. */
export function TokensCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const permissionName = usePermissionName();
  const { data, error, isLoading, reload } = useApi<ApiToken[]>('/api/tokens');
  const { run, pending } = useAction();
  const [isCreating, setCreating] = useState(false);

  return (
    <Card
      title={t('profile.tokens')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-token">
          {t('profile.createToken')}
        </Button>
      }
    >
      {error ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<ApiToken>
          rowKey="id"
          size="middle"
          loading={isLoading}
          pagination={false}
          dataSource={data}
          data-testid="tokens"
          locale={{ emptyText: t('profile.noTokens') }}
          columns={[
            { title: t('profile.tokenName'), dataIndex: 'name' },
            {
              title: t('profile.tokenPermissions'),
              dataIndex: 'permissions',
              render: (permissions: string[]) => (
                <Space size={[4, 4]} wrap>
                  {permissions.map((id) => (
                    <Tooltip key={id} title={id}>
                      <Tag>{permissionName(id)}</Tag>
                    </Tooltip>
                  ))}
                </Space>
              ),
            },
            { title: t('profile.createdAt'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
            { title: t('profile.lastUsedAt'), dataIndex: 'lastUsedAt', render: (value: string | null) => formatDateTime(value) },
            {
              title: t('profile.expiresAt'),
              dataIndex: 'expiresAt',
              render: (value: string | null) => (value ? formatDateTime(value) : t('profile.neverExpires')),
            },
            {
              title: t('common.status'),
              render: (_, token) =>
                token.revokedAt ? <Tag>{t('profile.tokenRevoked')}</Tag> : <Tag color="green">{t('profile.tokenActive')}</Tag>,
            },
            {
              title: t('common.actions'),
              width: 100,
              render: (_, token) =>
                token.abilities.includes('revoke') && (
                  <Popconfirm
                    title={t('profile.revokeTokenConfirm')}
                    onConfirm={() =>
                      void run(token.id, () => requestJson(`/api/tokens/${token.id}`, { method: 'DELETE' }), t('profile.tokenRevokedDone')).then(
                        (isDone) => isDone && reload(),
                      )
                    }
                  >
                    <Button size="small" type="link" danger loading={pending === token.id}>
                      {t('profile.revokeToken')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
      <CreateTokenModal
        open={isCreating}
        permissions={me.permissions}
        onClose={(created) => {
          setCreating(false);
          if (created) reload();
        }}
      />
    </Card>
  );
}

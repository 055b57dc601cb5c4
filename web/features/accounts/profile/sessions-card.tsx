import { Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { requestJson, sendJson } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import type { Session } from '../accounts-api';
import { describeUserAgent } from './describe-user-agent';

/** 登录会话 — the browsers signed in as this user; end one, or all but this one. */
export function SessionsCard() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<Session[]>('/api/auth/sessions');
  const { run, pending } = useAction();
  const others = (data ?? []).filter((session) => session.abilities.includes('revoke'));

  const endOthers = async () => {
    const isDone = await run(
      'others',
      () => sendJson<{ revoked: number }>('/api/auth/sessions/revoke-others', 'POST'),
      ({ revoked }) => t('profile.othersEnded', { count: revoked }),
    );
    if (isDone) reload();
  };

  return (
    <Card
      title={t('profile.sessions')}
      extra={
        others.length > 0 && (
          <Popconfirm title={t('profile.endOthersConfirm')} onConfirm={() => void endOthers()}>
            <Button danger loading={pending === 'others'} data-testid="end-other-sessions">
              {t('profile.endOthers')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {error ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<Session>
          rowKey="id"
          size="middle"
          loading={isLoading}
          pagination={false}
          dataSource={data}
          data-testid="sessions"
          columns={[
            {
              title: t('profile.device'),
              render: (_, session) => (
                <span>
                  {describeUserAgent(session.userAgent) ?? t('common.none')}{' '}
                  {session.current && <Tag color="green">{t('profile.thisSession')}</Tag>}
                </span>
              ),
            },
            { title: t('profile.address'), dataIndex: 'clientAddress', render: (value: string | null) => value ?? t('common.none') },
            { title: t('profile.signedInAt'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
            { title: t('profile.lastSeenAt'), dataIndex: 'lastSeenAt', render: (value: string) => formatDateTime(value) },
            { title: t('profile.expiresAt'), dataIndex: 'expiresAt', render: (value: string) => formatDateTime(value) },
            {
              title: t('common.actions'),
              width: 170,
              render: (_, session) =>
                session.abilities.includes('revoke') ? (
                  <Popconfirm
                    title={t('profile.endSessionConfirm')}
                    onConfirm={() =>
                      void run(session.id, () => requestJson(`/api/auth/sessions/${session.id}`, { method: 'DELETE' }), t('profile.sessionEnded')).then(
                        (isDone) => isDone && reload(),
                      )
                    }
                  >
                    <Button size="small" type="link" danger loading={pending === session.id}>
                      {t('profile.endSession')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Typography.Text type="secondary">{t('profile.signOutHint')}</Typography.Text>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}

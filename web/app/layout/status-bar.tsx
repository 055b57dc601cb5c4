import { Badge, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../use-api';

/** 健康状态 — GET /api/health. */
export interface Health {
  status: string;
  database: 'embedded' | 'external';
  version: string;
  /** The last migration applied; null when the database did not answer. */
  migrationLevel: string | null;
}

/** The footer line: is the service up, which database it runs on, which version and schema level. */
export function StatusBar() {
  const { t } = useTranslation();
  const { data, error, isLoading } = useApi<Health>('/api/health');

  let badge = <Badge status="processing" text={t('status.checking')} />;
  if (error) {
    // A server that answers with an error is up but unwell; no answer at all means we cannot reach it.
    const isUnreachable = error.code === 'NETWORK' || error.status === 502 || error.status === 504;
    badge = <Badge status="error" text={t(isUnreachable ? 'status.unreachable' : 'status.degraded')} />;
  } else if (data) {
    const isOk = data.status === 'ok';
    badge = <Badge status={isOk ? 'success' : 'warning'} text={t(isOk ? 'status.ok' : 'status.degraded')} />;
  } else if (!isLoading) {
    badge = <Badge status="default" text={t('status.unreachable')} />;
  }

  return (
    <div
      data-testid="status-bar"
      style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8, fontSize: 12 }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('app.name')}
      </Typography.Text>
      <Space size={16} wrap style={{ fontSize: 12 }}>
        {badge}
        {data && (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('status.database', {
                kind: t(data.database === 'embedded' ? 'status.databaseEmbedded' : 'status.databaseExternal'),
              })}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('status.version', { version: data.version })}
            </Typography.Text>
            {data.migrationLevel && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('status.migration', { level: data.migrationLevel })}
              </Typography.Text>
            )}
          </>
        )}
      </Space>
    </div>
  );
}

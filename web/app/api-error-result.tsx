import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from './api';

/** A failed load: the server's message in the user's language, the request id for support, and a retry. */
export function ApiErrorResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status={error.code === 'NETWORK' ? 'warning' : 'error'}
      title={t('common.loadFailed')}
      subTitle={
        <div data-testid="api-error">
          <div>{error.message}</div>
          {error.requestId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: error.requestId }}>
              {t('common.requestId', { id: error.requestId })}
            </Typography.Text>
          )}
        </div>
      }
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

import { Flex, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiErrorResult } from '../api-error-result';
import { useAuth } from './auth-context';
import { loginPathFor } from './return-path';

/**
 * Guards the pages that need a session: unknown → ask the server; anonymous → the login page, which brings the
 * user back to this exact address (path, query and hash) afterwards.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const { state, refresh } = useAuth();
  const location = useLocation();
  const isUnasked = state.status === 'anonymous' && !state.isConfirmed;

  useEffect(() => {
    if (isUnasked) void refresh();
  }, [isUnasked, refresh]);

  if (state.status === 'signed-in') return <Outlet />;
  if (state.status === 'unavailable') return <ApiErrorResult error={state.error} onRetry={() => void refresh()} />;
  if (state.status === 'anonymous' && state.isConfirmed) {
    // After signing out on purpose there is no page to come back to; after a lost session there is.
    const here = state.reason === 'signed-out' ? '/' : `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={loginPathFor(here, state.reason)} replace />;
  }
  return (
    <Flex justify="center" align="center" style={{ minHeight: 320 }} data-testid="auth-checking">
      <Spin description={t('auth.checking')} />
    </Flex>
  );
}

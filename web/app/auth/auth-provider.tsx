import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, onSessionLost, requestJson, sendJson, setCsrfToken } from '../api';
import { AuthContext, type Auth, type AuthState } from './auth-context';
import type { Me } from './me';
import { loginPathFor } from './return-path';
import { hasSessionHint, rememberSessionHint } from './session-hint';

function initialState(): AuthState {
  return hasSessionHint() ? { status: 'checking' } : { status: 'anonymous', isConfirmed: false, reason: null };
}

/**
 * Holds the session for the whole UI: asks `me` on load (when this browser signed in before), keeps the CSRF token
 * in memory for requestJson, and turns any 401 of any call into "signed out" so that protected pages send the user
 * to the login page, which brings them back afterwards.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [state, setState] = useState<AuthState>(initialState);

  const apply = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    rememberSessionHint(true);
    setState({ status: 'signed-in', me });
  }, []);

  const refresh = useCallback(async () => {
    setState((previous) => (previous.status === 'signed-in' ? previous : { status: 'checking' }));
    try {
      apply(await requestJson<Me>('/api/auth/me'));
    } catch (error) {
      // A 401 has already been handled by the session-lost listener below.
      if (error instanceof ApiError && error.status !== 401) setState({ status: 'unavailable', error });
    }
  }, [apply]);

  useEffect(
    () =>
      onSessionLost((error) => {
        setCsrfToken(null);
        rememberSessionHint(false);
        setState({ status: 'anonymous', isConfirmed: true, reason: error.code === 'SESSION_EXPIRED' ? 'expired' : null });
      }),
    [],
  );

  useEffect(() => {
    if (hasSessionHint()) void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await sendJson('/api/auth/logout', 'POST').catch(() => undefined);
    setCsrfToken(null);
    rememberSessionHint(false);
    // Signed out first, then to the login page: the login page sends a signed-in visitor on, so the order matters.
    setState({ status: 'anonymous', isConfirmed: true, reason: 'signed-out' });
    await navigate(loginPathFor('/', 'signed-out'), { replace: true });
  }, [navigate]);

  const switchActingUnit = useCallback(
    async (unitId: string) => apply(await sendJson<Me>('/api/auth/acting-unit', 'POST', { unitId })),
    [apply],
  );

  const auth = useMemo<Auth>(
    () => ({
      state,
      me: state.status === 'signed-in' ? state.me : undefined,
      signIn: apply,
      signOut,
      switchActingUnit,
      refresh,
    }),
    [state, apply, signOut, switchActingUnit, refresh],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

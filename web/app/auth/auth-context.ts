import { createContext, useContext } from 'react';
import type { ApiError } from '../api';
import type { Me } from './me';
import type { LoginReason } from './return-path';

/**
 * 登录状态 — what the UI knows about the session. `anonymous` with `isConfirmed: false` means "not asked yet"
 * (public pages skip the question); protected pages ask the server before sending anyone to the login page.
 */
export type AuthState =
  | { status: 'checking' }
  | { status: 'signed-in'; me: Me }
  | { status: 'anonymous'; isConfirmed: boolean; reason: LoginReason | null }
  | { status: 'unavailable'; error: ApiError };

/** The session and what can be done with it, for every component below the auth provider. */
export interface Auth {
  state: AuthState;
  /** The signed-in user, when there is one. */
  me: Me | undefined;
  /** Takes the answer of POST /api/auth/login. */
  signIn(me: Me): void;
  signOut(): Promise<void>;
  /** POST /api/auth/acting-unit; the pages reload their data for the new unit. */
  switchActingUnit(unitId: string): Promise<void>;
  /** Asks GET /api/auth/me again (after a password change, or to confirm an unknown session). */
  refresh(): Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth is used outside <AuthProvider>');
  return auth;
}

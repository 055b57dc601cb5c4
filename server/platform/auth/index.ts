/** 认证与授权 — sessions, API tokens, the auth hook, permissions and data scopes in SQL. */
export { listAbilities, type AbilityRule } from './abilities';
export { createAuthContext, getAuth, type AuthContext, type AuthenticatedUser, type AuthVia } from './auth-context';
export { authSettingsFromEnv, createAuthSettings, DEFAULT_AUTH_SETTINGS, type AuthSettings } from './auth-settings';
export { assertAccess, checkAccess, type ScopedObject } from './check-access';
export { installAuth, keepIdentityCache, type InstallAuthOptions } from './install-auth';
export { authenticateApiToken, authenticateSession } from './load-auth';
export { clearLoginFailures, findLoginLock, recordLoginFailure, type LoginLock } from './login-throttle';
export { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords';
export { declarePermissions, isDeclaredPermission, listDeclaredPermissions, type DeclaredPermission } from './permissions';
export { isPublicRoute, PUBLIC_API_ROUTES, type PublicRoute } from './public-routes';
export { requirePermission } from './require-permission';
export { scopeSql, type ScopeColumn, type ScopeColumns } from './scope-sql';
export { clearSessionCookie, readSessionCookie, setSessionCookie, SESSION_COOKIE } from './session-cookie';
export { generateApiToken, sessionIdOf, sha256Hex } from './session-token';
export {
  createSession,
  listLiveSessions,
  revokeSession,
  revokeUserSessions,
  setSessionActingUnit,
  type NewSession,
  type SessionSummary,
} from './sessions';

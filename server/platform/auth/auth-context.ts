/**
 * 当前身份 — who is calling, for which unit, and what they may do there. Built once per request by the auth hook
 * from one database round trip; the scope filters it hands out are computed on demand and memoised.
 */
import type { FastifyRequest } from 'fastify';
import {
  isPermitted,
  scopeFor,
  type Grant,
  type ScopeContext,
  type ScopeFilter,
  type UnitTerritory,
} from '../../../core/access/data-scope';
import { AppError } from '../../../core/errors';

/** 登录用户 — the signed-in person as requests see them. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
}

/** How the caller authenticated: a browser session (with its CSRF token) or an API token. */
export type AuthVia =
  | { kind: 'session'; sessionId: string; csrfToken: string }
  | { kind: 'token'; tokenId: string };

/** 请求身份 — `request.auth` on every authenticated request. */
export interface AuthContext {
  user: AuthenticatedUser;
  /** 当前单位 — every action is recorded against it; only grants held in it apply. */
  actingUnitId: string | null;
  via: AuthVia;
  /** The grants of the acting unit (for a token: narrowed to the token's permissions). */
  grants: readonly Grant[];
  /** Permissions held in the acting unit with a scope that reaches something, for menus. */
  permissions(): string[];
  /** The records this permission reaches; render it into SQL with scopeSql. */
  filterFor(permission: string): ScopeFilter;
  /** Whether the permission reaches anything at all (the route-level check). */
  can(permission: string): boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook; null on public routes called without credentials. */
    auth: AuthContext | null;
  }
}

/** What the auth hook loads about the acting unit so scopes can be computed without further queries. */
export interface ActingUnitScope {
  /** The acting unit and every unit below it. */
  subtreeIds: readonly string[];
  territory: UnitTerritory;
}

export interface AuthContextInput {
  user: AuthenticatedUser;
  actingUnitId: string | null;
  via: AuthVia;
  grants: readonly Grant[];
  scope: ActingUnitScope;
}

export function createAuthContext(input: AuthContextInput): AuthContext {
  const { user, actingUnitId, grants, scope } = input;
  const context: ScopeContext = {
    userId: user.id,
    actingUnitId: actingUnitId ?? '',
    // Only grants of the acting unit count, so only its subtree and territory are ever asked for.
    unitAndDescendants: (unitId) => (unitId === actingUnitId ? scope.subtreeIds : [unitId]),
    territoryOf: (unitId) => (unitId === actingUnitId ? scope.territory : { bodyIds: [], townCodes: [] }),
  };
  const filters = new Map<string, ScopeFilter>();
  const filterFor = (permission: string): ScopeFilter => {
    let filter = filters.get(permission);
    if (!filter) {
      filter = actingUnitId === null ? scopeFor(permission, [], context) : scopeFor(permission, grants, context);
      filters.set(permission, filter);
    }
    return filter;
  };
  const can = (permission: string) => isPermitted(filterFor(permission));
  return {
    user,
    actingUnitId,
    via: input.via,
    grants,
    filterFor,
    can,
    permissions: () => [...new Set(grants.flatMap((g) => g.permissions))].filter(can).sort(),
  };
}

/** The caller's identity on a route that requires one (every non-public route). */
export function getAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}

/** 会话列表 — the caller's live sessions, the current one marked. */
import type pg from 'pg';
import type { z } from 'zod';
import { listLiveSessions, type AuthContext, type AuthSettings } from '../../platform/auth';
import { iso, type sessionSchema } from './accounts.schema';

export async function listSessions(pool: pg.Pool, settings: AuthSettings, auth: AuthContext): Promise<z.infer<typeof sessionSchema>[]> {
  const current = auth.via.kind === 'session' ? auth.via.sessionId : null;
  const sessions = await listLiveSessions(pool, auth.user.id, settings.now());
  return sessions.map((s) => ({
    ...s,
    current: s.id === current,
    createdAt: iso(s.createdAt),
    lastSeenAt: iso(s.lastSeenAt),
    expiresAt: iso(s.expiresAt),
    abilities: s.id === current ? [] : ['revoke'],
  }));
}

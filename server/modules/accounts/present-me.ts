import type pg from 'pg';
import type { z } from 'zod';
import type { AuthContext } from '../../platform/auth';
import type { meSchema } from './accounts.schema';
import { listMemberships } from './users.repository';

/** 当前用户 — what login and `me` return: the user, their units, the acting unit, its permissions, the CSRF token. */
export async function presentMe(db: pg.Pool | pg.ClientBase, auth: AuthContext): Promise<z.infer<typeof meSchema>> {
  const units = await listMemberships(db, auth.user.id);
  return {
    user: auth.user,
    units,
    actingUnit: units.find((u) => u.id === auth.actingUnitId) ?? null,
    permissions: auth.permissions(),
    csrfToken: auth.via.kind === 'session' ? auth.via.csrfToken : null,
  };
}

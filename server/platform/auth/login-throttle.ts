/**
 * 登录限流 — failed sign-ins counted per username (known or not, so a lock reveals nothing about which names exist)
 * and per client address, in the database so every app node agrees. Enough failures within the window lock the
 * username (ACCOUNT_LOCKED) or block the address (RATE_LIMITED) until the lock lifts by itself.
 */
import type pg from 'pg';
import type { AuthSettings } from './auth-settings';

/** A lock in force: on the username or on the client address. */
export interface LoginLock {
  kind: 'username' | 'address';
  until: Date;
}

export async function findLoginLock(
  db: pg.Pool | pg.ClientBase,
  username: string,
  clientAddress: string | null,
  now: Date,
): Promise<LoginLock | null> {
  const { rows } = await db.query<{ kind: 'username' | 'address'; locked_until: Date }>(
    `select kind, locked_until from login_attempts
      where ((kind = 'username' and key = $1) or (kind = 'address' and key = $2)) and locked_until > $3
      order by kind desc limit 1`,
    [username, clientAddress ?? '', now],
  );
  const row = rows[0];
  return row ? { kind: row.kind, until: row.locked_until } : null;
}

/** The username's count after this failure, and the lock it caused, if any. */
export interface FailureCount {
  failures: number;
  lockedUntil: Date | null;
}

export async function recordLoginFailure(
  client: pg.ClientBase,
  username: string,
  clientAddress: string | null,
  settings: AuthSettings,
): Promise<FailureCount> {
  const byUsername = await countFailure(client, 'username', username, settings.maxFailuresPerUsername, settings);
  if (clientAddress) await countFailure(client, 'address', clientAddress, settings.maxFailuresPerAddress, settings);
  return byUsername;
}

export async function clearLoginFailures(client: pg.ClientBase, username: string): Promise<void> {
  await client.query(`delete from login_attempts where kind = 'username' and key = $1`, [username]);
}

// A failure within the window adds to the count, an older window starts over; reaching the limit sets the lock.
async function countFailure(
  client: pg.ClientBase,
  kind: 'username' | 'address',
  key: string,
  limit: number,
  settings: AuthSettings,
): Promise<FailureCount> {
  const now = settings.now();
  const windowStart = new Date(now.getTime() - settings.failureWindowMs);
  const lockUntil = new Date(now.getTime() + settings.lockoutMs);
  const { rows } = await client.query<{ failures: number; locked_until: Date | null }>(
    `insert into login_attempts as a (kind, key, failures, window_started_at, locked_until)
     values ($1, $2, 1, $3, case when 1 >= $5 then $6::timestamptz end)
     on conflict (kind, key) do update
        set failures = case when a.window_started_at > $4 then a.failures + 1 else 1 end,
            window_started_at = case when a.window_started_at > $4 then a.window_started_at else $3 end,
            locked_until = case when (case when a.window_started_at > $4 then a.failures + 1 else 1 end) >= $5
                                then $6::timestamptz else a.locked_until end
     returning failures, locked_until`,
    [kind, key, now, windowStart, limit, lockUntil],
  );
  const row = rows[0]!;
  return { failures: row.failures, lockedUntil: row.locked_until && row.locked_until > now ? row.locked_until : null };
}

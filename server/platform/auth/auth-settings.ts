import { z } from 'zod';
import { AppError } from '../../../core/errors';

/** 认证设置 — session lifetimes and sign-in throttling; the clock is injectable so tests can expire sessions. */
export interface AuthSettings {
  /** A session unused this long expires (default 30 min). */
  idleTimeoutMs: number;
  /** A session expires this long after sign-in, used or not (default 12 h). */
  absoluteTimeoutMs: number;
  /** last_seen_at is written at most this often, so reads do not turn into writes (default 60 s). */
  touchIntervalMs: number;
  /** Failed sign-ins for one username within the window that lock it (default 5 in 15 min, locked 15 min). */
  maxFailuresPerUsername: number;
  /** Failed sign-ins from one client address within the window that block it (default 30). */
  maxFailuresPerAddress: number;
  failureWindowMs: number;
  lockoutMs: number;
  /** How long an identity may be served from memory between notifications (default 5 s; 0 turns the cache off). */
  identityCacheMs: number;
  now(): Date;
}

const MINUTE = 60_000;

export const DEFAULT_AUTH_SETTINGS: AuthSettings = Object.freeze({
  idleTimeoutMs: 30 * MINUTE,
  absoluteTimeoutMs: 12 * 60 * MINUTE,
  touchIntervalMs: MINUTE,
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 30,
  failureWindowMs: 15 * MINUTE,
  lockoutMs: 15 * MINUTE,
  identityCacheMs: 5_000,
  now: () => new Date(),
});

export function createAuthSettings(overrides: Partial<AuthSettings> = {}): AuthSettings {
  return { ...DEFAULT_AUTH_SETTINGS, ...overrides };
}

const envSchema = z.object({
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).optional(),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).optional(),
});

/** SESSION_IDLE_MINUTES and SESSION_ABSOLUTE_HOURS from the environment; the rest keeps its defaults. */
export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const parsed = envSchema.safeParse({
    SESSION_IDLE_MINUTES: env.SESSION_IDLE_MINUTES || undefined,
    SESSION_ABSOLUTE_HOURS: env.SESSION_ABSOLUTE_HOURS || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('CONFIG_INVALID', { name: String(issue.path[0]), reason: issue.message });
  }
  const { SESSION_IDLE_MINUTES: idle, SESSION_ABSOLUTE_HOURS: absolute } = parsed.data;
  return createAuthSettings({
    ...(idle ? { idleTimeoutMs: idle * MINUTE } : {}),
    ...(absolute ? { absoluteTimeoutMs: absolute * 60 * MINUTE } : {}),
  });
}

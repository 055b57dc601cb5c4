import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors';

/** 配置 — everything the server reads from its environment, validated once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Set → an external PostgreSQL; unset → the embedded one under dataDir. */
  databaseUrl: string | undefined;
  embeddedDbPort: number;
  /** A zone pack name under zones/, or a path to one. */
  zone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Demo mode seeds demo data and demo accounts; on by default only with the embedded database. */
  demo: boolean;
  bodyLimitBytes: number;
}

const portSchema = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  EMBEDDED_DB_PORT: portSchema.default(54329),
  ZONE: z.string().min(1).default('zhangjiang'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO: z.enum(['true', 'false', '1', '0']).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('CONFIG_INVALID', { name: String(issue.path[0]), reason: issue.message });
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl,
    embeddedDbPort: e.EMBEDDED_DB_PORT,
    zone: e.ZONE,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO === undefined ? databaseUrl === undefined : e.DEMO === 'true' || e.DEMO === '1',
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
  };
}

// An exported-but-empty variable (`PORT=`) means "not set", as shells and .env files intend it.
function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}

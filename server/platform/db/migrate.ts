import type pg from 'pg';
import type { Logger } from 'pino';
import { AppError } from '../../../core/errors';
import { DEFAULT_MIGRATIONS_DIR, listMigrationFiles, type MigrationFile } from './migration-files';

/**
 * Key of the session advisory lock held while migrating, so app nodes starting together take turns; the later one
 * then finds nothing left to do. (The constant is 'zjscmig' read as a big-endian integer.)
 */
const MIGRATION_LOCK_KEY = '34456990980598119';

export interface MigrateOptions {
  /** Defaults to db/migrations/ of this repository. */
  dir?: string;
  logger?: Logger;
}

export interface MigrateResult {
  /** Versions applied by this call, in order. */
  applied: string[];
  /** The newest applied version afterwards; null for a database without migrations. */
  level: string | null;
}

/**
 * Applies pending migrations in version order, each in its own transaction together with its schema_migrations
 * row. Refuses to run when an applied migration's file is missing or was edited: migrations are forward-only.
 * A migration file must not contain statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY).
 */
export async function migrate(pool: pg.Pool, options: MigrateOptions = {}): Promise<MigrateResult> {
  const files = await listMigrationFiles(options.dir ?? DEFAULT_MIGRATIONS_DIR);
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(`
        create table if not exists public.schema_migrations (
          version text primary key,
          name text not null,
          checksum text not null,
          applied_at timestamptz not null default now()
        )`);
      const recorded = await client.query<{ version: string; name: string; checksum: string }>(
        'select version, name, checksum from public.schema_migrations order by version',
      );
      checkRecordedMigrations(recorded.rows, files);
      const done = new Set(recorded.rows.map((row) => row.version));
      const applied: string[] = [];
      for (const file of files.filter((candidate) => !done.has(candidate.version))) {
        await applyMigration(client, file, options.logger);
        applied.push(file.version);
      }
      return { applied, level: await readLevel(client) };
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {
        broken = true;
      });
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // After a failure the connection's state (lock, transaction) is uncertain: discard it rather than reuse it.
    client.release(broken);
  }
}

/** The newest applied migration version, or null when none ran (or the table does not exist yet). */
export async function getMigrationLevel(pool: pg.Pool | pg.PoolClient): Promise<string | null> {
  return readLevel(pool);
}

async function readLevel(db: pg.Pool | pg.PoolClient): Promise<string | null> {
  const exists = await db.query<{ found: boolean }>("select to_regclass('public.schema_migrations') is not null as found");
  if (!exists.rows[0]?.found) return null;
  const result = await db.query<{ level: string | null }>('select max(version) as level from public.schema_migrations');
  return result.rows[0]?.level ?? null;
}

function checkRecordedMigrations(
  recorded: Array<{ version: string; name: string; checksum: string }>,
  files: MigrationFile[],
): void {
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const row of recorded) {
    const file = byVersion.get(row.version);
    if (!file) {
      throw new AppError('MIGRATION_FAILED', {
        reason:
          `migration ${row.version}_${row.name} is applied in the database but its file is missing; ` +
          'this database is newer than this code, or a migration file was deleted',
      });
    }
    if (file.checksum !== row.checksum) {
      throw new AppError('MIGRATION_FAILED', {
        reason:
          `${file.fileName} was edited after it was applied; migrations are forward-only: ` +
          'restore the file and add a new migration instead',
      });
    }
  }
}

async function applyMigration(client: pg.PoolClient, file: MigrationFile, logger: Logger | undefined): Promise<void> {
  const started = Date.now();
  try {
    await client.query('begin');
    // Everything the platform owns lives in public, which is also all that backups cover.
    await client.query('set local search_path = public');
    await client.query(file.sql);
    await client.query('insert into public.schema_migrations (version, name, checksum) values ($1, $2, $3)', [
      file.version,
      file.name,
      file.checksum,
    ]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw new AppError('MIGRATION_FAILED', { reason: `${file.fileName}: ${(error as Error).message}` }, { cause: error });
  }
  logger?.info({ migration: file.fileName, ms: Date.now() - started }, 'applied migration');
}

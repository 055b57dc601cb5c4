import type { Config } from '../platform/config';
import { AppError } from '../../core/errors';
import { backupDatabase } from '../platform/db/backup';
import { migrate } from '../platform/db/migrate';
import { openDatabase, type Database } from '../platform/db/open-database';
import { restoreDatabase } from '../platform/db/restore';
import { createLogger, type Logger } from '../platform/logger';

export async function migrateCommand(_args: string[], config: Config): Promise<void> {
  await withDatabase(config, async (db, logger) => {
    const { applied, level } = await migrate(db.pool, { logger });
    process.stdout.write(`applied ${applied.length} migration(s); level ${level ?? 'none'}\n`);
  });
}

export async function backupCommand(args: string[], config: Config): Promise<void> {
  const file = requireFile(args);
  await withDatabase(config, async (db, logger) => {
    await migrate(db.pool, { logger });
    const { tables, rows, bytes } = await backupDatabase(db.pool, file, logger);
    process.stdout.write(`backup written to ${file}: ${tables} tables, ${rows} rows, ${bytes} bytes\n`);
  });
}

export async function restoreCommand(args: string[], config: Config): Promise<void> {
  const file = requireFile(args);
  await withDatabase(config, async (db, logger) => {
    await migrate(db.pool, { logger });
    const { tables, rows } = await restoreDatabase(db.pool, file, logger);
    process.stdout.write(`restored ${file}: ${tables} tables, ${rows} rows\n`);
  });
}

function requireFile(args: string[]): string {
  const file = args[0];
  if (!file) throw new AppError('VALIDATION_FAILED', { issues: ['FILE: a file path is required'] });
  return file;
}

export async function withDatabase(config: Config, work: (db: Database, logger: Logger) => Promise<void>): Promise<void> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedDbPort,
    logger,
  });
  try {
    await work(db, logger);
  } finally {
    await db.close();
  }
}

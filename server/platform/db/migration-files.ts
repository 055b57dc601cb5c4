import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import { repoPath } from '../repo-root';

/** 迁移 — one forward-only schema change, a file `YYYYMMDDHHMMSS_name.sql` under db/migrations/. */
export interface MigrationFile {
  /** The 14-digit timestamp; migrations apply in this order. */
  version: string;
  name: string;
  fileName: string;
  sql: string;
  /** sha256 of the file, so an edited, already-applied migration is caught. */
  checksum: string;
}

export const DEFAULT_MIGRATIONS_DIR = repoPath('db', 'migrations');

const MIGRATION_FILE = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export function parseMigrationFileName(fileName: string): { version: string; name: string } | undefined {
  const match = MIGRATION_FILE.exec(fileName);
  return match ? { version: match[1]!, name: match[2]! } : undefined;
}

export async function listMigrationFiles(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new AppError('MIGRATION_FAILED', { reason: `cannot read migrations directory ${dir}` }, { cause: error });
  }
  const files: MigrationFile[] = [];
  const seen = new Map<string, string>();
  for (const fileName of entries.filter((entry) => entry.endsWith('.sql')).sort()) {
    const parsed = parseMigrationFileName(fileName);
    if (!parsed) {
      throw new AppError('MIGRATION_FAILED', {
        reason: `${fileName} is not named YYYYMMDDHHMMSS_name.sql (lower-case name, digits and underscores)`,
      });
    }
    const clash = seen.get(parsed.version);
    if (clash) {
      throw new AppError('MIGRATION_FAILED', { reason: `${fileName} and ${clash} share version ${parsed.version}` });
    }
    seen.set(parsed.version, fileName);
    const sql = await readFile(path.join(dir, fileName), 'utf8');
    files.push({ ...parsed, fileName, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return files;
}

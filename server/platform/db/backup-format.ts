import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../../core/errors';

/**
 * 备份文件 — a gzip file of lines:
 *   1. the header (BackupHeader as JSON);
 *   2. per table, in header order: a section line {"table": name, "rows": n}, then n lines each holding one row as a
 *      JSON string of PostgreSQL's text form of the whole row (`t::text`), which every column type reads back exactly;
 *   3. an end line {"end": true, "rows": total}, so a truncated file is caught even if gzip itself is not.
 * Tables are written parents-first along foreign keys, so a restore without superuser rights can load in file order.
 */
export const BACKUP_FORMAT = 'zjsc-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** schema_migrations level of the source; a restore target must be at the same level. */
  migrationLevel: string | null;
  createdAt: string;
  postgresVersion: string;
  tables: BackupTable[];
  /** Sequence positions, so restored ids continue where the source left off. */
  sequences: BackupSequence[];
}

export interface BackupTable {
  name: string;
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** bigint as a decimal string. */
  lastValue: string;
  isCalled: boolean;
}

export function invalidBackup(reason: string, cause?: unknown): AppError {
  return new AppError('BACKUP_INVALID', { reason }, cause === undefined ? undefined : { cause });
}

export function parseBackupHeader(line: string | undefined): BackupHeader {
  if (line === undefined) throw invalidBackup('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw invalidBackup('the first line is not a backup header', error);
  }
  const header = value as Partial<BackupHeader> | null;
  if (!header || typeof header !== 'object' || header.format !== BACKUP_FORMAT) {
    throw invalidBackup('this is not a platform backup file');
  }
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw invalidBackup(`backup format version ${String(header.formatVersion)} is not supported (expected ${BACKUP_FORMAT_VERSION})`);
  }
  const isValidTable = (table: BackupTable) =>
    typeof table?.name === 'string' && Number.isSafeInteger(table.rows) && table.rows >= 0;
  const isValidSequence = (sequence: BackupSequence) =>
    typeof sequence?.name === 'string' && /^-?\d+$/.test(String(sequence.lastValue)) && typeof sequence.isCalled === 'boolean';
  if (
    !(header.migrationLevel === null || typeof header.migrationLevel === 'string') ||
    !Array.isArray(header.tables) ||
    !header.tables.every(isValidTable) ||
    !Array.isArray(header.sequences) ||
    !header.sequences.every(isValidSequence)
  ) {
    throw invalidBackup('the backup header is malformed');
  }
  return header as BackupHeader;
}

/** Reads the gunzipped lines of a backup file; gzip and file errors become BACKUP_INVALID. */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      pending += decoder.write(chunk);
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        yield pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    }
  } catch (error) {
    throw describeReadError(error);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

function describeReadError(error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return invalidBackup('the file does not exist', error);
  if (code === 'Z_BUF_ERROR') return invalidBackup('the file is truncated', error);
  if (code.startsWith('Z_')) return invalidBackup('the file is not a gzip-compressed backup', error);
  return invalidBackup(`the file cannot be read (${(error as Error).message})`, error);
}

import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import type { Logger } from 'pino';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backup-format';
import { getMigrationLevel } from './migrate';
import { listPublicSequences, listPublicTables, quoteTable, setPortableTextFormats } from './public-tables';

/** Rows fetched from the cursor per round trip. */
const FETCH_ROWS = 1_000;
/** Whole-row alias; a column of this name would shadow it, hence the unusual spelling. */
const ROW_ALIAS = 'zjsc_backup_row';

export interface BackupResult {
  tables: number;
  rows: number;
  /** Size of the compressed file. */
  bytes: number;
}

/**
 * Writes every data table of the public schema to `file` (format in backup-format.ts) from one consistent
 * snapshot, without pg_dump, which the embedded bundle lacks. The file appears only when complete.
 */
export async function backupDatabase(pool: pg.Pool, file: string, logger?: Logger): Promise<BackupResult> {
  const client = await pool.connect();
  const partial = `${file}.partial-${process.pid}`;
  let failed = false;
  try {
    await client.query('begin isolation level repeatable read read only');
    await setPortableTextFormats(client);
    const header = await readHeader(client);
    await pipeline(generateLines(client, header), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await client.query('commit');
    await rename(partial, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    const { size } = await stat(file);
    logger?.info({ file, tables: header.tables.length, rows, bytes: size }, 'database backup written');
    return { tables: header.tables.length, rows, bytes: size };
  } catch (error) {
    failed = true;
    await client.query('rollback').catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    client.release(failed);
  }
}

async function readHeader(client: pg.PoolClient): Promise<BackupHeader> {
  // The first query fixes the snapshot; counts and rows below all come from it.
  const migrationLevel = await getMigrationLevel(client);
  const version = await client.query<{ version: string }>("select current_setting('server_version') as version");
  const tables = [];
  for (const name of await listPublicTables(client)) {
    const count = await client.query<{ rows: string }>(`select count(*)::text as rows from ${quoteTable(name)}`);
    tables.push({ name, rows: Number(count.rows[0]!.rows) });
  }
  // Sequences are not transactional: read now, they are at least as far as any id in the snapshot.
  const sequences = [];
  for (const sequence of await listPublicSequences(client)) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${quoteTable(sequence.name)}`,
    );
    sequences.push({ name: sequence.name, lastValue: state.rows[0]!.last_value, isCalled: state.rows[0]!.is_called });
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    migrationLevel,
    createdAt: new Date().toISOString(),
    postgresVersion: version.rows[0]!.version,
    tables,
    sequences,
  };
}

async function* generateLines(client: pg.PoolClient, header: BackupHeader): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  let total = 0;
  for (const table of header.tables) {
    yield `${JSON.stringify({ table: table.name, rows: table.rows })}\n`;
    await client.query(
      `declare backup_rows no scroll cursor for select ${ROW_ALIAS}::text as row from ${quoteTable(table.name)} as ${ROW_ALIAS}`,
    );
    let written = 0;
    for (;;) {
      const batch = await client.query<{ row: string }>(`fetch ${FETCH_ROWS} from backup_rows`);
      if (batch.rows.length === 0) break;
      written += batch.rows.length;
      yield batch.rows.map((row) => `${JSON.stringify(row.row)}\n`).join('');
    }
    await client.query('close backup_rows');
    if (written !== table.rows) {
      throw new Error(`table ${table.name} yielded ${written} rows, but counted ${table.rows} in the same snapshot`);
    }
    total += written;
  }
  yield `${JSON.stringify({ end: true, rows: total })}\n`;
}

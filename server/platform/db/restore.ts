import pg from 'pg';
import type { Logger } from 'pino';
import { invalidBackup, parseBackupHeader, readBackupLines, type BackupHeader } from './backup-format';
import { getMigrationLevel } from './migrate';
import {
  listInsertableColumns,
  listPublicSequences,
  listPublicTables,
  quoteTable,
  setPortableTextFormats,
} from './public-tables';

const INSERT_BATCH_ROWS = 1_000;
const INSERT_BATCH_CHARS = 4 * 1024 * 1024;

export interface RestoreResult {
  tables: number;
  rows: number;
}

export interface RestoreOptions {
  /**
   * How foreign keys and triggers are kept out of the way while loading:
   * - 'replica': `session_replication_role = replica` (needs superuser, as the embedded server's user is);
   * - 'ordered': load parents first, defer deferrable constraints, disable the tables' user triggers (needs
   *   table ownership). A self-referencing foreign key then must be DEFERRABLE.
   * 'auto' (default) picks 'replica' when the current user is a superuser.
   */
  strategy?: 'auto' | 'replica' | 'ordered';
}

/**
 * Replaces the content of every data table with the backup's, in one transaction: a bad or truncated file, or a
 * backup from another migration level, leaves the database as it was. Run `migrate` on the target first.
 */
export async function restoreDatabase(
  pool: pg.Pool,
  file: string,
  logger?: Logger,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const lines = readBackupLines(file);
  const client = await pool.connect();
  let failed = false;
  try {
    const header = parseBackupHeader((await lines.next()).value ?? undefined);
    const level = await getMigrationLevel(client);
    if (header.migrationLevel !== level) {
      throw invalidBackup(
        `the backup is at migration level ${header.migrationLevel ?? 'none'}, but this database is at ${level ?? 'none'}; ` +
          'restore it with the platform version that made it',
      );
    }
    const tables = await listPublicTables(client);
    const missing = header.tables.map((table) => table.name).filter((name) => !tables.includes(name));
    if (missing.length > 0) throw invalidBackup(`tables ${missing.join(', ')} do not exist in this database`);

    await client.query('begin');
    await setPortableTextFormats(client);
    const strategy = await chooseStrategy(client, options.strategy ?? 'auto');
    await relaxChecks(client, tables, strategy);
    if (tables.length > 0) await client.query(`truncate table ${tables.map(quoteTable).join(', ')}`);
    const rows = await loadTables(client, header, lines);
    await verifyCounts(client, header);
    await restoreSequences(client, header);
    if (strategy === 'ordered') {
      // Check the deferred foreign keys now: ALTER TABLE refuses tables with pending trigger events.
      await client.query('set constraints all immediate');
      for (const table of tables) await client.query(`alter table ${quoteTable(table)} enable trigger user`);
    }
    await client.query('commit');
    logger?.info({ file, tables: header.tables.length, rows, strategy }, 'database restored from backup');
    return { tables: header.tables.length, rows };
  } catch (error) {
    failed = true;
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release(failed);
    await lines.return(undefined);
  }
}

async function chooseStrategy(client: pg.PoolClient, wanted: RestoreOptions['strategy']): Promise<'replica' | 'ordered'> {
  if (wanted === 'replica' || wanted === 'ordered') return wanted;
  const result = await client.query<{ superuser: boolean }>(
    'select rolsuper as superuser from pg_roles where rolname = current_user',
  );
  return result.rows[0]?.superuser ? 'replica' : 'ordered';
}

async function relaxChecks(client: pg.PoolClient, tables: string[], strategy: 'replica' | 'ordered'): Promise<void> {
  if (strategy === 'replica') {
    // Neither foreign-key checks nor user triggers fire for rows written in this role.
    await client.query('set local session_replication_role = replica');
    return;
  }
  await client.query('set constraints all deferred');
  for (const table of tables) await client.query(`alter table ${quoteTable(table)} disable trigger user`);
}

async function loadTables(client: pg.PoolClient, header: BackupHeader, lines: AsyncGenerator<string>): Promise<number> {
  let total = 0;
  for (const table of header.tables) {
    const section = parseJsonLine(await nextLine(lines)) as { table?: unknown; rows?: unknown } | null;
    if (section?.table !== table.name || section.rows !== table.rows) {
      throw invalidBackup(`expected the section of table ${table.name}`);
    }
    const columns = (await listInsertableColumns(client, table.name)).map((column) => pg.escapeIdentifier(column));
    const insert =
      `insert into ${quoteTable(table.name)} (${columns.join(', ')}) overriding system value ` +
      `select ${columns.join(', ')} from unnest($1::${quoteTable(table.name)}[])`;
    let batch: string[] = [];
    let batchChars = 0;
    for (let index = 0; index < table.rows; index += 1) {
      const row = parseJsonLine(await nextLine(lines));
      if (typeof row !== 'string') throw invalidBackup(`row ${index + 1} of table ${table.name} is malformed`);
      batch.push(row);
      batchChars += row.length;
      if (batch.length >= INSERT_BATCH_ROWS || batchChars >= INSERT_BATCH_CHARS) {
        await client.query(insert, [batch]);
        batch = [];
        batchChars = 0;
      }
    }
    if (batch.length > 0) await client.query(insert, [batch]);
    total += table.rows;
  }
  const end = parseJsonLine(await nextLine(lines)) as { end?: unknown; rows?: unknown } | null;
  if (end?.end !== true || end.rows !== total) throw invalidBackup('the end marker is missing or wrong');
  if (!(await lines.next()).done) throw invalidBackup('unexpected content after the end marker');
  return total;
}

async function nextLine(lines: AsyncGenerator<string>): Promise<string> {
  const next = await lines.next();
  if (next.done) throw invalidBackup('the file is truncated');
  return next.value;
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw invalidBackup('a line of the file is not valid JSON', error);
  }
}

async function verifyCounts(client: pg.PoolClient, header: BackupHeader): Promise<void> {
  for (const table of header.tables) {
    const result = await client.query<{ rows: string }>(`select count(*)::text as rows from ${quoteTable(table.name)}`);
    const rows = Number(result.rows[0]!.rows);
    if (rows !== table.rows) {
      throw invalidBackup(`table ${table.name} has ${rows} rows after loading, the backup says ${table.rows}`);
    }
  }
}

/** Sequences resume from the backup's positions, and never below the highest id actually present. */
async function restoreSequences(client: pg.PoolClient, header: BackupHeader): Promise<void> {
  const saved = new Map(header.sequences.map((sequence) => [sequence.name, sequence]));
  for (const sequence of await listPublicSequences(client)) {
    const state = saved.get(sequence.name);
    const name = quoteTable(sequence.name);
    if (state) {
      await client.query('select setval($1::regclass, $2::bigint, $3)', [name, state.lastValue, state.isCalled]);
    }
    if (sequence.ownerTable && sequence.ownerColumn) {
      await client.query(
        `select setval($1::regclass, m) from (select max(${pg.escapeIdentifier(sequence.ownerColumn)})::bigint as m
         from ${quoteTable(sequence.ownerTable)}) x
         where m is not null and m > (select case when is_called then last_value else last_value - 1 end from ${name})`,
        [name],
      );
    }
  }
}

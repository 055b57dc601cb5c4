import pg from 'pg';

/** Tables that describe the schema rather than hold data; backups leave them to migrate. */
const SCHEMA_TABLES = new Set(['schema_migrations']);

type Queryable = Pick<pg.ClientBase, 'query'>;

export function quoteTable(name: string): string {
  return `public.${pg.escapeIdentifier(name)}`;
}

/** The data tables of the public schema, parents before children along foreign keys. */
export async function listPublicTables(db: Queryable): Promise<string[]> {
  const tables = await db.query<{ name: string }>(`
    select c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'
    order by c.relname`);
  const references = await db.query<{ child: string; parent: string }>(`
    select child.relname as child, parent.relname as parent
    from pg_constraint k
    join pg_class child on child.oid = k.conrelid
    join pg_class parent on parent.oid = k.confrelid
    join pg_namespace cn on cn.oid = child.relnamespace
    join pg_namespace pn on pn.oid = parent.relnamespace
    where k.contype = 'f' and cn.nspname = 'public' and pn.nspname = 'public'`);
  const names = tables.rows.map((row) => row.name).filter((name) => !SCHEMA_TABLES.has(name));
  return orderByDependencies(names, references.rows);
}

/**
 * Topological order (Kahn), alphabetical among equals so backups are deterministic. Self-references impose no
 * order; tables in a reference cycle come last, alphabetically (loading them needs deferred or disabled checks).
 */
export function orderByDependencies(tables: string[], references: Array<{ child: string; parent: string }>): string[] {
  const known = new Set(tables);
  const parentsOf = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of references) {
    if (child !== parent && known.has(child) && known.has(parent)) parentsOf.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const remaining = [...tables].sort();
  let progress = true;
  while (progress) {
    progress = false;
    for (const table of remaining) {
      if (placed.has(table)) continue;
      if ([...parentsOf.get(table)!].every((parent) => placed.has(parent))) {
        ordered.push(table);
        placed.add(table);
        progress = true;
        break;
      }
    }
  }
  return [...ordered, ...remaining.filter((table) => !placed.has(table))];
}

/** Columns a row can be inserted into: not dropped, not generated. */
export async function listInsertableColumns(db: Queryable, table: string): Promise<string[]> {
  const result = await db.query<{ name: string }>(
    `select attname as name from pg_attribute
     where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
     order by attnum`,
    [quoteTable(table)],
  );
  return result.rows.map((row) => row.name);
}

export interface PublicSequence {
  name: string;
  /** The table and column that own it (serial / identity), if any. */
  ownerTable: string | null;
  ownerColumn: string | null;
}

export async function listPublicSequences(db: Queryable): Promise<PublicSequence[]> {
  const result = await db.query<PublicSequence>(`
    select s.relname as name, t.relname as "ownerTable", a.attname as "ownerColumn"
    from pg_class s
    join pg_namespace n on n.oid = s.relnamespace
    left join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      and d.refclassid = 'pg_class'::regclass
    left join pg_class t on t.oid = d.refobjid
    left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    where s.relkind = 'S' and n.nspname = 'public'
    order by s.relname`);
  return result.rows;
}

/** Pins the text forms of dates, intervals, floats and bytea so a backup reads back the same on any server. */
export async function setPortableTextFormats(db: Queryable): Promise<void> {
  await db.query(`
    set local datestyle = 'ISO, YMD';
    set local intervalstyle = 'postgres';
    set local timezone = 'UTC';
    set local extra_float_digits = 1;
    set local bytea_output = 'hex'`);
}

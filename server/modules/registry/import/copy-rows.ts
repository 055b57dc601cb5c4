/**
 * COPY … FROM STDIN — rows sent to PostgreSQL in its text COPY format, the cheapest way in for bulk rows: no
 * per-row statement, no array or JSON parameter to unpack. A pg Submittable speaking the protocol directly (the
 * driver has no COPY support of its own); the rows travel in CopyData messages of a thousand rows each.
 */
import type pg from 'pg';

/** A value as COPY's text format writes it; objects as JSON (for jsonb columns). */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** The protocol side of one COPY FROM STDIN: the statement, then the data, then the outcome. */
class CopyIn {
  private rowCount = 0;

  constructor(
    private readonly text: string,
    private readonly data: CopyData,
    private readonly done: (error: Error | null, rowCount: number) => void,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const piece of this.data) connection.sendCopyFromChunk(piece);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
  }

  // The client forgets the query on an error (the ReadyForQuery after it is not passed on): settle now.
  handleError(error: Error): void {
    this.done(error, 0);
  }

  handleReadyForQuery(): void {
    this.done(null, this.rowCount);
  }

  // Not sent for COPY FROM; present because the client may call them on any active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Rows per CopyData message: big messages would be copied again and again as the driver's buffer grows. */
const ROWS_PER_MESSAGE = 1000;

/** Rows in COPY's text format, in CopyData-sized pieces: encoded apart from sending, so that a writer can encode the
 * next rows while the connection still works on the last ones. */
export type CopyData = readonly Buffer[];

export function encodeCopyRows(rows: Iterable<readonly unknown[]>): CopyData {
  const data: Buffer[] = [];
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.map(copyField).join('\t')}\n`);
    if (lines.length === ROWS_PER_MESSAGE) {
      data.push(Buffer.from(lines.join(''), 'utf8'));
      lines = [];
    }
  }
  if (lines.length > 0) data.push(Buffer.from(lines.join(''), 'utf8'));
  return data;
}

/** Copies encoded rows (values in the order of `columns`) into `table`; returns the number of rows copied. */
export function sendCopy(client: pg.ClientBase, table: string, columns: readonly string[], data: CopyData): Promise<number> {
  return new Promise((resolve, reject) => {
    const copy = new CopyIn(`copy ${table} (${columns.join(', ')}) from stdin`, data, (error, count) => (error ? reject(error) : resolve(count)));
    void (client as unknown as { query(submittable: CopyIn): unknown }).query(copy);
  });
}

/** Copies `rows` (values in the order of `columns`) into `table`; returns the number of rows copied. */
export function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number> {
  return sendCopy(client, table, columns, encodeCopyRows(rows));
}

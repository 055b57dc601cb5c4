import type { TableRow } from './table-reader';

/**
 * A format's rows before the header is known: every row of the file in order, blank ones included, in batches
 * (one per chunk read, so the consumer awaits once per chunk rather than once per row). Each call to `open` reads
 * the file from its start; ending the generator early closes the file.
 */
export interface RowSource {
  open(): AsyncGenerator<TableRow[], void, undefined>;
  /** Progress of the latest iteration in bytes of the file. */
  bytesRead(): number;
}

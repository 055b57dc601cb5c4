import { createHash } from 'node:crypto';

/** 审计记录 — one audit log record as stored (and hashed). */
export interface AuditRecord {
  seq: number;
  /** ISO-8601 UTC with milliseconds; the hash covers exactly this string. */
  at: string;
  actorUserId: string | null;
  actingUnitId: string | null;
  /** 以本单位名义 / 以其他主体名义 — own authority, or in the name of another body (delegated approvals). */
  capacity: 'own' | 'in-the-name-of';
  inTheNameOfUnitId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  clientAddress: string | null;
}

/** The hash that precedes the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * hash = sha256(prev_hash ‖ canonical JSON of the record). Canonical JSON sorts object keys at every depth, so the
 * same record hashes the same after a round trip through jsonb (which reorders keys).
 */
export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  const fields = [
    record.seq, record.at, record.actorUserId, record.actingUnitId, record.capacity, record.inTheNameOfUnitId,
    record.action, record.objectType, record.objectId, record.before ?? null, record.after ?? null,
    record.requestId, record.clientAddress,
  ];
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The first problem found in the chain, or none. */
export type ChainProblem =
  | { kind: 'missing'; seq: number; detail: string }
  | { kind: 'tampered'; seq: number; detail: string }
  | { kind: 'reordered'; seq: number; detail: string };

/** A stored record with its stored links. */
export interface StoredAuditRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}

/**
 * Walks records in seq order, carrying the expected link between batches. Returns the first problem:
 * a gap in seq (a deleted record), a record whose content no longer matches its hash (tampered), or a record whose
 * prev_hash is not its predecessor's hash while its own hash is intact (moved or reordered).
 */
export function checkChainSegment(
  records: readonly StoredAuditRecord[],
  previous: { seq: number; hash: string },
): { problem: ChainProblem | null; last: { seq: number; hash: string } } {
  let last = previous;
  for (const record of records) {
    if (record.seq !== last.seq + 1) {
      return {
        problem: { kind: 'missing', seq: last.seq + 1, detail: `expected record ${last.seq + 1}, found ${record.seq}` },
        last,
      };
    }
    if (hashAuditRecord(record.prevHash, record) !== record.hash) {
      return { problem: { kind: 'tampered', seq: record.seq, detail: 'content does not match its hash' }, last };
    }
    if (record.prevHash !== last.hash) {
      return {
        problem: { kind: 'reordered', seq: record.seq, detail: 'its link does not match the previous record' },
        last,
      };
    }
    last = { seq: record.seq, hash: record.hash };
  }
  return { problem: null, last };
}

/** 单位引用 — a unit named in an audit record (the id stands in for a unit since removed). */
export interface AuditUnit {
  id: string;
  name: string;
  nameEn: string;
}

/**
 * 审计记录 — one record of the append-only, hash-chained audit log: who, for which unit, in which capacity (own
 * authority, or in the name of another body), did what to which object, and what it looked like before and after.
 */
export interface AuditRecord {
  id: number;
  /** Null for a record written a moment ago and not yet sealed into the chain. */
  seq: number | null;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  actingUnit: AuditUnit | null;
  capacity: 'own' | 'in-the-name-of';
  inTheNameOf: AuditUnit | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  clientAddress: string | null;
}

/** 链校验结果 — GET /api/audit/verify: how many records were checked, and the first broken one if any. */
export interface ChainCheck {
  checked: number;
  pending: number;
  problem: null | { kind: 'missing' | 'tampered' | 'reordered'; seq: number; detail: string };
}

/** The filters of GET /api/audit and its CSV export. */
export const auditFilterKeys = ['from', 'to', 'actor', 'unit', 'action', 'objectType', 'objectId', 'q'] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];

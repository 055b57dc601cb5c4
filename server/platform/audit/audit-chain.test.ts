import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkChainSegment,
  GENESIS_HASH,
  hashAuditRecord,
  type AuditRecord,
  type StoredAuditRecord,
} from './audit-chain';

function chain(n: number): StoredAuditRecord[] {
  const records: StoredAuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const record: AuditRecord = {
      seq, at: `2026-11-28T08:00:0${seq % 10}.000Z`, actorUserId: 'u1', actingUnitId: 'jinqiao', capacity: 'own',
      inTheNameOfUnitId: null, action: 'registration.verify', objectType: 'registration', objectId: `r${seq}`,
      before: { status: 'pending' }, after: { status: 'verified', n: seq }, requestId: `req-${seq}`, clientAddress: '127.0.0.1',
    };
    const hash = hashAuditRecord(prevHash, record);
    records.push({ ...record, prevHash, hash });
    prevHash = hash;
  }
  return records;
}

const start = { seq: 0, hash: GENESIS_HASH };

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } }, '{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}'],
    [null, 'null'],
    [undefined, 'null'],
    [{ a: undefined, b: '张江' }, '{"b":"张江"}'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('checkChainSegment', () => {
  it('accepts an intact chain, also across batches', () => {
    const records = chain(6);
    const first = checkChainSegment(records.slice(0, 3), start);
    expect(first.problem).toBeNull();
    expect(checkChainSegment(records.slice(3), first.last)).toMatchObject({ problem: null, last: { seq: 6 } });
  });

  it.each([
    ['an altered field', (r: StoredAuditRecord[]) => { r[2] = { ...r[2]!, actorUserId: 'intruder' }; }, { kind: 'tampered', seq: 3 }],
    ['an altered summary', (r: StoredAuditRecord[]) => { r[1] = { ...r[1]!, after: { status: 'rejected', n: 2 } }; }, { kind: 'tampered', seq: 2 }],
    ['a deleted record', (r: StoredAuditRecord[]) => { r.splice(3, 1); }, { kind: 'missing', seq: 4 }],
    ['a deleted last-but-one', (r: StoredAuditRecord[]) => { r.splice(4, 1); }, { kind: 'missing', seq: 5 }],
    ['two records swapped with their seq', (r: StoredAuditRecord[]) => {
      const [a, b] = [r[2]!, r[3]!];
      r[2] = { ...b, seq: 3 };
      r[3] = { ...a, seq: 4 };
    }, { kind: 'tampered', seq: 3 }],
    ['a record re-hashed after editing', (r: StoredAuditRecord[]) => {
      const edited = { ...r[2]!, action: 'registration.reject' };
      r[2] = { ...edited, hash: hashAuditRecord(edited.prevHash, edited) };
    }, { kind: 'reordered', seq: 4 }],
  ])('detects %s', (_label, tamper, expected) => {
    const records = chain(6);
    tamper(records);
    expect(checkChainSegment(records, start).problem).toMatchObject(expected);
  });
});

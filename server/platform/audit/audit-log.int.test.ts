import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { inTransaction } from '../db/transaction';
import { sealAuditLog } from './seal-audit-log';
import { verifyAuditChain } from './verify-audit-chain';
import { writeAudit, type AuditEntry } from './write-audit';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const entry = (n: number): AuditEntry => ({
  actorUserId: `user-${n % 3}`,
  actingUnitId: 'jinqiao',
  capacity: n % 2 ? 'own' : 'in-the-name-of',
  inTheNameOfUnitId: n % 2 ? null : 'zhangjiang-science-city',
  action: 'test.write',
  objectType: 'thing',
  objectId: String(n),
  before: n === 0 ? undefined : { n: n - 1, name: '张江' },
  after: { n, nested: { z: 1, a: [1, 'x'] }, at: new Date('2026-11-28T00:00:00Z') },
  requestId: `req-${n}`,
  clientAddress: '127.0.0.1',
});

// Tampering needs the append-only trigger out of the way, as an attacker with superuser rights would do.
async function tamper(sql: string): Promise<void> {
  await inTransaction(db.pool, async (client) => {
    await client.query('set local session_replication_role = replica');
    await client.query(sql);
  });
}

describe('the audit log', () => {
  beforeEach(async () => {
    await tamper('delete from audit_log');
    await Promise.all(Array.from({ length: 40 }, (_, n) => inTransaction(db.pool, (c) => writeAudit(c, entry(n)))));
    await sealAuditLog(db.pool);
  });

  it('keeps a gap-free, intact chain under concurrent writers and concurrent sealers', async () => {
    expect(await verifyAuditChain(db.pool)).toEqual({ checked: 40, pending: 0, problem: null });
    const writes = Array.from({ length: 60 }, (_, n) => inTransaction(db.pool, (c) => writeAudit(c, entry(100 + n))));
    const seals = Array.from({ length: 6 }, () => sealAuditLog(db.pool));
    await Promise.all([...writes, ...seals]);
    await sealAuditLog(db.pool);
    expect(await verifyAuditChain(db.pool)).toEqual({ checked: 100, pending: 0, problem: null });
    const { rows } = await db.pool.query('select min(seq)::int as min, max(seq)::int as max, count(*)::int as n from audit_log');
    expect(rows[0]).toEqual({ min: 1, max: 100, n: 100 });
  });

  it('counts a committed record as pending until it is sealed, then chains it', async () => {
    await inTransaction(db.pool, (c) => writeAudit(c, entry(41)));
    expect(await verifyAuditChain(db.pool)).toEqual({ checked: 40, pending: 1, problem: null });
    expect(await sealAuditLog(db.pool)).toBe(1);
    expect(await sealAuditLog(db.pool)).toBe(0);
    expect(await verifyAuditChain(db.pool)).toEqual({ checked: 41, pending: 0, problem: null });
  });

  it('rolls back with the change it records', async () => {
    await expect(
      inTransaction(db.pool, async (client) => {
        await writeAudit(client, entry(99));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await sealAuditLog(db.pool)).toBe(0);
    expect((await verifyAuditChain(db.pool)).checked).toBe(40);
  });

  it('refuses updates and deletes from the application, and any change to a record while sealing it', async () => {
    await expect(db.pool.query(`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query('delete from audit_log where seq = 1')).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`update audit_log set seq = 99, prev_hash = 'p', hash = 'h' where seq = 1`)).rejects.toThrow(/append-only/);
    await inTransaction(db.pool, (c) => writeAudit(c, entry(41)));
    await expect(
      db.pool.query(`update audit_log set seq = 41, prev_hash = 'p', hash = 'h', object_id = 'forged' where seq is null`),
    ).rejects.toThrow(/append-only/);
    await expect(db.pool.query('delete from audit_log where seq is null')).rejects.toThrow(/append-only/);
  });

  it.each([
    ['an altered record', `update audit_log set object_id = 'forged' where seq = 17`, { kind: 'tampered', seq: 17 }],
    ['an altered summary', `update audit_log set after = '{"n": 1}' where seq = 5`, { kind: 'tampered', seq: 5 }],
    ['a deleted record', 'delete from audit_log where seq = 23', { kind: 'missing', seq: 23 }],
    [
      'two records swapped',
      `update audit_log set seq = -1 where seq = 10; update audit_log set seq = 10 where seq = 11;
       update audit_log set seq = 11 where seq = -1`,
      { kind: 'tampered', seq: 10 },
    ],
  ])('detects %s', async (_label, sql, problem) => {
    await tamper(sql);
    expect((await verifyAuditChain(db.pool)).problem).toMatchObject(problem);
  });
});

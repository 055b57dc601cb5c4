/**
 * The demo as a visitor meets it: the demo registry loaded as on a demo start (small), then the demo enterprise
 * accounts' portal home lists policies they may qualify for, with reasons — their firms are in the registry, placed,
 * with figures — and the officers' matching lists include them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveZoneDir } from '../../platform/zone/load-zone-pack';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { SESSION_COOKIE } from '../../platform/auth';
import { call, logIn } from '../../test/test-app';
import { DEMO_ENTERPRISES } from '../accounts';
import { loadDemoRegistry } from '../registry';
import { syncPackLayerVersions } from '../territory';
import { createPoliciesTestApp, type PoliciesTestApp } from './policies-test-app';

let t: PoliciesTestApp;
let dataDir: string;

beforeAll(async () => {
  t = await createPoliciesTestApp();
  dataDir = await createTempDir('policies-demo');
  await syncPackLayerVersions(t.db.pool, 'zhangjiang');
  const loaded = await loadDemoRegistry(t.db.pool, 'zhangjiang', { dataDir, zoneDir: resolveZoneDir('zhangjiang'), count: 200, seed: 11 });
  expect(loaded.loaded).toBe(true);
}, 180_000);
afterAll(async () => {
  await t?.close();
  await removeTempDir(dataDir);
});

interface ForMe {
  enterprise: { name: string } | null;
  items: { policyId: string; result: string; missing: string[]; reasons: string[] }[];
}

describe('demo enterprises: policies you may qualify for', () => {
  it.each([
    ['ent-zj', '张江示范生物医药有限公司', ['cell-gene-therapy', 'innovative-drug', 'rd-growth'], 'ic-tapeout'],
    ['ent-jq', '金桥示范智能制造有限公司', ['rd-growth', 'first-set-equipment', 'relocation-hq'], 'innovative-drug'],
  ])('%s sees a few policies with plain-language reasons', async (username, name, expected, notExpected) => {
    const session = await logIn(t.app, username);
    const body = (await call(t.app, session, 'GET', '/api/policies/for-me?asOf=2025-06-30')).json() as ForMe;
    expect(body.enterprise).toMatchObject({ name });
    const ids = body.items.map((i) => i.policyId);
    expect(ids).toEqual(expect.arrayContaining(expected));
    expect(ids).not.toContain(notExpected);
    for (const id of expected) {
      const item = body.items.find((i) => i.policyId === id)!;
      expect(item.result).toBe('likely');
      expect(item.missing).toContain('creditStatus');
      expect(item.reasons[0]).toMatch(/^结论：可能符合/);
      expect(item.reasons.some((r) => r.startsWith('符合：'))).toBe(true);
    }
    // Likely first; what the registry record cannot decide (a chain segment it lacks) after.
    const results = body.items.map((i) => i.result);
    expect(results).toEqual([...results].sort((a, b) => (a === b ? 0 : a === 'likely' ? -1 : 1)));
    const en = await t.app.inject({ method: 'GET', url: '/api/policies/for-me?asOf=2025-06-30', cookies: { [SESSION_COOKIE]: session.cookie }, headers: { 'accept-language': 'en' } });
    expect((en.json() as ForMe).items[0]!.reasons[0]).toMatch(/^Result: likely eligible/);
  });

  it('puts them on the officers’ matching lists with the whole demo registry', async () => {
    const admin = await logIn(t.app, 'admin');
    const body = (await call(t.app, admin, 'GET', '/api/policies/rd-growth/matches?result=likely&pageSize=200&asOf=2025-06-30')).json();
    expect(body.summary.likely).toBeGreaterThan(50);
    expect(body.items.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['张江示范生物医药有限公司', '金桥示范智能制造有限公司']));
  });

  it('lists them in a demo registry loaded before they were, at the next demo start', async () => {
    const codes = DEMO_ENTERPRISES.map((e) => e.creditCode);
    await t.db.pool.query(`delete from registry_enterprises where credit_code = any($1)`, [codes]);
    await t.db.pool.query(
      `with gone as (delete from registry_records where batch_id in (select id from registry_import_batches where file_name like 'demo:demo-accounts/%'))
       delete from registry_import_batches where file_name like 'demo:demo-accounts/%'`,
    );
    const again = await loadDemoRegistry(t.db.pool, 'zhangjiang', { dataDir, zoneDir: resolveZoneDir('zhangjiang'), count: 200, seed: 11 });
    expect(again).toEqual({ loaded: false, reason: 'the registry already has records' });
    const { rows } = await t.db.pool.query(`select count(*)::int as n from registry_enterprises where credit_code = any($1) and in_zone`, [codes]);
    expect(rows[0].n).toBe(2);
  });
});

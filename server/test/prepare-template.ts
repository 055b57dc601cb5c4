import type pg from 'pg';
import { migrate } from '../platform/db/migrate';
import { applyZonePack } from '../platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../platform/zone/load-zone-pack';

/**
 * Brings the template database into the state every integration test starts from. Runs once per test run; each
 * test file then gets a cheap clone (createTestDatabase). A module that needs shared reference data (the zone pack,
 * calendars) adds its seeding call below, after migrate, instead of seeding in each test file.
 */
export async function prepareTemplate(pool: pg.Pool): Promise<void> {
  await migrate(pool);
  // The Zhangjiang zone pack: the organisation units that accounts, grants and data scopes refer to.
  await applyZonePack(pool, await loadZonePack(resolveZoneDir('zhangjiang')));
}

/**
 * 演示账号 — demo mode only (config.demo), after the zone pack: the accounts listed in the README, all with the
 * password Demo@2026, two demo enterprises and two pending registrations for the verification queue. Idempotent:
 * what exists is left alone (a changed password stays changed).
 */
import type pg from 'pg';
import type { DataScope } from '../../../core/access/data-scope';
import { hashPassword } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, SYSTEM_AUDIT_META } from '../../platform/audit';
import { composeCreditCode } from './demo-credit-code';
import { EXPERT_POOL_UNIT_ID, ensureExpertPool, getZoneRootUnitId } from './ensure-expert-pool';
import { addGrant, addMembership } from './users.repository';

export const DEMO_PASSWORD = 'Demo@2026';

interface DemoEnterprise {
  unitId: string;
  name: string;
  creditCode: string;
  bodyId: string;
  townCode: string;
}

/** One in the original area (张江镇), one in the 金桥管理局 area (金桥镇). */
export const DEMO_ENTERPRISES: readonly DemoEnterprise[] = [
  { unitId: 'ent-demo-zj', name: '张江示范生物医药有限公司', creditCode: composeCreditCode('MA1FL0A1'), bodyId: 'zhangjiang', townCode: '310115125' },
  { unitId: 'ent-demo-jq', name: '金桥示范智能制造有限公司', creditCode: composeCreditCode('MA1GK2B3'), bodyId: 'jinqiao', townCode: '310115120' },
];

interface DemoAccount {
  username: string;
  displayName: string;
  /** `root` stands for the zone's root unit. */
  unitId: string;
  grants: Array<{ roleId: string; scope: DataScope }>;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: '平台管理员', unitId: 'root', grants: [{ roleId: 'platform-admin', scope: 'zone' }] },
  { username: 'zj-officer', displayName: '张江科建办受理员', unitId: 'zhangjiang-construction-office', grants: [{ roleId: 'intake-officer', scope: 'territory' }] },
  { username: 'jq-officer', displayName: '金桥管理局受理员', unitId: 'jinqiao', grants: [{ roleId: 'intake-officer', scope: 'territory' }] },
  {
    username: 'rsj-officer',
    displayName: '区人社局经办人',
    unitId: 'district-human-resources',
    grants: [{ roleId: 'lead-department', scope: 'unit' }, { roleId: 'reviewer', scope: 'unit' }],
  },
  { username: 'expert1', displayName: '评审专家一', unitId: EXPERT_POOL_UNIT_ID, grants: [{ roleId: 'expert', scope: 'own' }] },
  { username: 'expert2', displayName: '评审专家二', unitId: EXPERT_POOL_UNIT_ID, grants: [{ roleId: 'expert', scope: 'own' }] },
  { username: 'expert3', displayName: '评审专家三', unitId: EXPERT_POOL_UNIT_ID, grants: [{ roleId: 'expert', scope: 'own' }] },
  // The special fund's decision is countersigned by the district science commission and the finance bureau, which pays.
  {
    username: 'kjw-officer',
    displayName: '区科经委经办人',
    unitId: 'district-science-economy',
    grants: [{ roleId: 'lead-department', scope: 'unit' }, { roleId: 'reviewer', scope: 'unit' }],
  },
  {
    username: 'czj-officer',
    displayName: '区财政局经办人',
    unitId: 'district-finance',
    grants: [{ roleId: 'lead-department', scope: 'unit' }, { roleId: 'reviewer', scope: 'unit' }],
  },
  { username: 'ent-zj', displayName: '张江示范企业经办人', unitId: 'ent-demo-zj', grants: [{ roleId: 'enterprise-staff', scope: 'unit' }] },
  { username: 'ent-jq', displayName: '金桥示范企业经办人', unitId: 'ent-demo-jq', grants: [{ roleId: 'enterprise-staff', scope: 'unit' }] },
];

/** Pending registrations of new enterprises, one per area, so both officers' queues have work. */
const DEMO_PENDING = [
  { username: 'applicant-zj', name: '张江新注册科技有限公司', contact: '王经理', creditCode: composeCreditCode('MA1HN3C5'), bodyId: 'zhangjiang', townCode: '310115125' },
  { username: 'applicant-jq', name: '金桥新注册材料有限公司', contact: '李经理', creditCode: composeCreditCode('MA1JP4D7'), bodyId: 'jinqiao', townCode: '310115120' },
];

export async function seedDemoAccounts(pool: pg.Pool, zoneId: string): Promise<{ created: string[] }> {
  await ensureExpertPool(pool, zoneId);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(pool, async (client) => {
    // Two nodes starting together in demo mode take turns here.
    await client.query(`select pg_advisory_xact_lock(hashtextextended('zjsc:demo-accounts', 0))`);
    const rootUnitId = await getZoneRootUnitId(client, zoneId);
    for (const enterprise of DEMO_ENTERPRISES) await ensureEnterprise(client, zoneId, enterprise);

    const created: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const userId = await ensureUser(client, account.username, account.displayName, passwordHash, 'active');
      if (!userId) continue;
      created.push(account.username);
      const unitId = account.unitId === 'root' ? rootUnitId : account.unitId;
      await addMembership(client, userId, unitId);
      for (const grant of account.grants) await addGrant(client, { userId, unitId, ...grant, grantedBy: null });
    }
    for (const pending of DEMO_PENDING) {
      const userId = await ensureUser(client, pending.username, pending.contact, passwordHash, 'pending');
      if (!userId) continue;
      created.push(pending.username);
      await client.query(
        `insert into enterprise_registrations (credit_code, enterprise_name, contact_name, contact_phone, body_id,
                                               town_code, submitted_user_id)
         values ($1, $2, $3, '021-50800000', $4, $5, $6)`,
        [pending.creditCode, pending.name, pending.contact, pending.bodyId, pending.townCode, userId],
      );
    }
    if (created.length > 0) {
      await recordAudit(client, SYSTEM_AUDIT_META, {
        action: 'accounts.seed-demo',
        objectType: 'user',
        objectId: null,
        after: { usernames: created, enterprises: DEMO_ENTERPRISES.map((e) => e.unitId) },
      });
    }
    return { created };
  });
}

// The new user's id, or null when the username exists already.
async function ensureUser(
  client: pg.ClientBase,
  username: string,
  displayName: string,
  passwordHash: string,
  status: 'active' | 'pending',
): Promise<string | null> {
  const { rows } = await client.query<{ id: string }>(
    `insert into users (username, display_name, password_hash, status) values ($1, $2, $3, $4)
     on conflict (username) do nothing returning id`,
    [username, displayName, passwordHash, status],
  );
  return rows[0]?.id ?? null;
}

async function ensureEnterprise(client: pg.ClientBase, zoneId: string, enterprise: DemoEnterprise): Promise<void> {
  await client.query(
    `insert into org_units (id, zone_id, kind, name, name_en, parent_id, attributes, source, verified, sort_order)
     values ($1, $2, 'enterprise', $3, $3, null, '{"demo": true}', 'demo', false, 0)
     on conflict (id) do nothing`,
    [enterprise.unitId, zoneId, enterprise.name],
  );
  await client.query(
    `insert into enterprises (unit_id, credit_code, body_id, town_code) values ($1, $2, $3, $4) on conflict do nothing`,
    [enterprise.unitId, enterprise.creditCode, enterprise.bodyId, enterprise.townCode],
  );
}

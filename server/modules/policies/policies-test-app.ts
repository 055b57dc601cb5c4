/**
 * Test support for the policies integration tests (not itself a test): the API test app (server/test/test-app.ts)
 * with, when given, extra policy rule files added to the stored catalogue before the app starts.
 */
import type { PolicyDocument } from '../../../core/rules';
import { createAccountsTestApp, type AccountsTestApp } from '../../test/test-app';

export type PoliciesTestApp = AccountsTestApp;

export function createPoliciesTestApp(extraPolicies: readonly PolicyDocument[] = []): Promise<PoliciesTestApp> {
  return createAccountsTestApp({}, {
    prepare: async (db) => {
      if (extraPolicies.length === 0) return;
      await db.pool.query(
        `update policy_catalogues set documents = documents || $2::jsonb, content_hash = content_hash || '+test' where zone_id = $1`,
        ['zhangjiang', JSON.stringify(extraPolicies)],
      );
    },
  });
}

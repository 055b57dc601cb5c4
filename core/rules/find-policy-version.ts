/** 现行版本 — the version of a policy in force on a date ('YYYY-MM-DD'), if any. */
import { parseIsoDate } from './dates';
import { findVersionIndex } from './evaluate-policy';
import type { Policy, PolicyVersion } from './policy-types';

export function findPolicyVersion(policy: Policy, asOf: string): PolicyVersion | undefined {
  const date = parseIsoDate(asOf);
  if (date === undefined) return undefined;
  const index = findVersionIndex(policy, date);
  return index < 0 ? undefined : policy.versions[index];
}

/**
 * 事实校验 — the facts of an evaluate request, checked against the catalogue before evaluation: a name the
 * catalogue does not know, or a value of the wrong type. The API answers 400 naming each; absent (or null) facts
 * are not errors here: they make the result undetermined.
 */
import type { Policy } from './policy-types';
import { checkFactValue } from './read-fact';

/** 事实问题 */
export interface FactIssue {
  fact: string;
  reason: string;
}

export function checkFacts(policy: Policy, facts: Readonly<Record<string, unknown>>): FactIssue[] {
  const issues: FactIssue[] = [];
  for (const name of Object.keys(facts)) {
    const value = facts[name];
    const fact = policy.facts[name];
    if (!fact) {
      issues.push({ fact: name, reason: 'unknown fact' });
      continue;
    }
    if (value === undefined || value === null) continue;
    const reason = checkFactValue(fact, value);
    if (reason) issues.push({ fact: name, reason });
  }
  return issues;
}

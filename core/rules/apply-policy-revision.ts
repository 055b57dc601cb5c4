/**
 * 政策修订 — a parameter change published from the admin UI, applied onto a policy of the catalogue: each changed
 * parameter gains a dated value from `validFrom`, a new version with the rules of the latest one starts that day,
 * and the latest version is closed the day before. Nothing earlier changes, so an evaluation on an earlier date
 * gives the same answer as before. The result is a new Policy (new objects throughout the changed path), so the
 * evaluator's per-object caches never mix the two.
 */
import { checkLiteral } from './check-parameters';
import { RuleCompileError } from './compile-amount';
import { getCompiledVersion } from './compile-version';
import { formatDate, parseIsoDate, previousDay } from './dates';
import type { Parameter, Policy, PolicyVersion } from './policy-types';
import type { LiteralValue } from './rule-ast';
import type { Text } from './text';

/** 政策修订 — new literal values of a policy's own parameters from a date. */
export interface PolicyRevision {
  validFrom: string;
  parameters: Readonly<Record<string, LiteralValue>>;
  note?: Text;
}

/** 修订问题 — what keeps a revision from applying: `validFrom`, or `parameters.<name>`, and why. */
export interface RevisionIssue {
  path: string;
  reason: string;
}

export type RevisionResult = { ok: true; policy: Policy; version: PolicyVersion } | { ok: false; issues: RevisionIssue[] };

export function applyPolicyRevision(policy: Policy, revision: PolicyRevision): RevisionResult {
  const issues: RevisionIssue[] = [];
  const latest = policy.versions[policy.versions.length - 1]!;
  const from = parseIsoDate(revision.validFrom);
  if (from === undefined) issues.push({ path: 'validFrom', reason: `expected a date YYYY-MM-DD, got ${JSON.stringify(revision.validFrom)}` });
  else issues.push(...checkStart(latest, from, revision.validFrom));

  const names = Object.keys(revision.parameters);
  if (names.length === 0) issues.push({ path: 'parameters', reason: 'name at least one parameter to change' });
  for (const name of names) {
    const reason = checkParameter(policy, name, revision.parameters[name]!);
    if (reason) issues.push({ path: `parameters.${name}`, reason });
  }
  if (issues.length > 0 || from === undefined) return { ok: false, issues };

  const parameters: Record<string, Parameter> = { ...policy.parameters };
  for (const name of names) {
    const parameter = policy.parameters[name]!;
    const value = { from: revision.validFrom, value: revision.parameters[name]!, path: `${parameter.path}.values[${parameter.values.length}]` };
    parameters[name] = { ...parameter, values: [...parameter.values, value] };
  }
  const index = policy.versions.length;
  const closed: PolicyVersion = { ...latest, validTo: formatDate(previousDay(from)) };
  const { note: _previousNote, validTo, ...rules } = latest;
  const version: PolicyVersion = {
    ...rules,
    version: latest.version + 1,
    validFrom: revision.validFrom,
    ...(validTo ? { validTo } : {}),
    ...(revision.note ? { note: revision.note } : {}),
    path: `versions[${index}]`,
  };
  const revised: Policy = { ...policy, parameters, versions: [...policy.versions.slice(0, -1), closed, version] };

  // Compiling checks what only the new values show: tiered bands that no longer rise, for one.
  try {
    getCompiledVersion(revised, version, false);
  } catch (error) {
    if (!(error instanceof RuleCompileError)) throw error;
    return { ok: false, issues: [{ path: 'parameters', reason: `with these values version ${version.version} does not hold together: ${error.reason} (rule at ${error.path})` }] };
  }
  return { ok: true, policy: revised, version };
}

/** A revision starts after the latest version begins and, if the policy has an end date, not after it. */
function checkStart(latest: PolicyVersion, from: number, validFrom: string): RevisionIssue[] {
  if (from <= parseIsoDate(latest.validFrom)!) {
    return [{ path: 'validFrom', reason: `must be after ${latest.validFrom}, when version ${latest.version} (the latest) begins; history is never edited` }];
  }
  if (latest.validTo !== undefined && from > parseIsoDate(latest.validTo)!) {
    return [{ path: 'validFrom', reason: `the policy ends on ${latest.validTo} (version ${latest.version}); a revision cannot start on ${validFrom}, after its end` }];
  }
  return [];
}

function checkParameter(policy: Policy, name: string, value: LiteralValue): string | undefined {
  const parameter = policy.parameters[name];
  if (!parameter) {
    const own = Object.values(policy.parameters).filter((p) => !p.shared).map((p) => p.name);
    return `unknown parameter of policy ${policy.id}; its parameters are ${own.join(', ')}`;
  }
  if (parameter.shared) return `"${name}" is shared by several policies (shared.yaml): change it in the zone pack, not in one policy`;
  return checkLiteral(parameter.type, value);
}

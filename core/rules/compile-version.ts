/**
 * 版本编译 — turns one policy version into closures, once: parameters resolved on the version's first day (they
 * cannot change inside a version) and captured as constants, conditions and amounts compiled bare or traced.
 * Cached per version object, so a catalogue stays plain data and compiles lazily on first evaluation.
 */
import { compileAmount, type CompiledAmount } from './compile-amount';
import { compileCondition, type CompiledCondition } from './compile-condition';
import { viewLegalRef, type VersionEnv } from './compile-env';
import { parseIsoDate } from './dates';
import { toJsonValue } from './format-value';
import type { Material, Policy, PolicyVersion } from './policy-types';
import { resolveParameter, type ResolvedParameter } from './resolve-parameters';
import type { Text } from './text';
import type { ParameterUse } from './trace';

/** 已编译版本 */
export interface CompiledVersion {
  version: PolicyVersion;
  validFrom: number;
  validTo: number;
  eligibility: CompiledCondition;
  amount?: CompiledAmount;
  /** Conditional materials carry a bare (untraced) condition. */
  materials: { material: Material; when?: CompiledCondition }[];
  /** The list every result shares when no material is conditional. */
  staticMaterials?: readonly Readonly<{ id: string; name: string; nameEn: string; required: boolean }>[];
  versionRef: Readonly<{ policyId: string; version: number; validFrom: string }>;
}

const cache = new WeakMap<PolicyVersion, { bare?: CompiledVersion; traced?: CompiledVersion }>();

export function getCompiledVersion(policy: Policy, version: PolicyVersion, traced: boolean): CompiledVersion {
  let entry = cache.get(version);
  if (!entry) {
    entry = {};
    cache.set(version, entry);
  }
  const key = traced ? 'traced' : 'bare';
  return (entry[key] ??= compileVersion(policy, version, traced));
}

/** Parameters as of the version's first day; those without a value then are left out (the version cannot use them). */
function resolveAll(policy: Policy, date: number): Record<string, ResolvedParameter & { label: Text }> {
  const out: Record<string, ResolvedParameter & { label: Text }> = {};
  for (const [name, parameter] of Object.entries(policy.parameters)) {
    try {
      out[name] = { ...resolveParameter(name, date, policy.parameters), label: parameter.label };
    } catch {
      // No value on this date: load-time checks guarantee the version does not read it.
    }
  }
  return out;
}

export function compileVersion(policy: Policy, version: PolicyVersion, traced: boolean): CompiledVersion {
  const validFrom = parseIsoDate(version.validFrom)!;
  const parameters = resolveAll(policy, validFrom);
  const parameterUses: Record<string, ParameterUse> = {};
  for (const [name, resolved] of Object.entries(parameters)) {
    parameterUses[name] = {
      value: toJsonValue(resolved.value, resolved.type),
      from: resolved.from,
      legalRef: viewLegalRef(resolved.legalRef, policy.documents)!,
      verified: resolved.verified,
    };
  }
  const env: VersionEnv = { facts: policy.facts, parameters, conditions: policy.conditions, documents: policy.documents, parameterUses, traced };
  const scope = { pathPrefix: '', legalRef: version.legalRef ?? policy.legalBasis[0] };
  const bareEnv: VersionEnv = { ...env, traced: false };
  const isStatic = version.materials.every((m) => !m.when);
  return {
    versionRef: Object.freeze({ policyId: policy.id, version: version.version, validFrom: version.validFrom }),
    ...(isStatic
      ? { staticMaterials: Object.freeze(version.materials.map((m) => Object.freeze({ id: m.id, name: m.name.zh, nameEn: m.name.en, required: m.required }))) }
      : {}),
    version,
    validFrom,
    validTo: version.validTo ? parseIsoDate(version.validTo)! : Number.POSITIVE_INFINITY,
    eligibility: compileCondition(version.eligibility, env, scope),
    ...(version.amount ? { amount: compileAmount(version.amount, env, scope) } : {}),
    materials: version.materials.map((material) => ({
      material,
      ...(material.when ? { when: compileCondition(material.when, bareEnv, scope) } : {}),
    })),
  };
}

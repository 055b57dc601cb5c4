/**
 * 参数校验 — each parameter's dated values: in date order, of the declared type (money to the fen), expressions
 * that read only other parameters, no cycle between parameters, and dates that fit the policy's versions: a policy
 * parameter changes value only where a version begins (so a version fixes every number it uses, and editing a
 * parameter means a new version), and every version finds a value for each parameter it uses.
 */
import { collectExpression } from './collect-references';
import { isIsoDate, parseIsoDate } from './dates';
import type { FactCatalogue } from './facts';
import { describeType, inferType, isNumeric } from './infer-type';
import type { RuleIssue } from './parse-node';
import type { Parameter, PolicyCatalogIssue, PolicyVersion } from './policy-types';
import { findParameterValue } from './resolve-parameters';
import type { LiteralValue } from './rule-ast';

/** Why a literal does not fit a parameter's type, or undefined when it does (also checks a draft's new values). */
export function checkLiteral(type: Parameter['type'], value: LiteralValue): string | undefined {
  const got = JSON.stringify(value);
  switch (type) {
    case 'money':
      if (typeof value !== 'number') return `expected money (yuan), got ${got}`;
      return Math.round(value * 100) / 100 === value ? undefined : `money has at most two decimals (fen), got ${got}`;
    case 'integer':
      return Number.isInteger(value) ? undefined : `expected a whole number, got ${got}`;
    case 'number':
    case 'rate':
      return typeof value === 'number' ? undefined : `expected a number, got ${got}`;
    case 'date':
      return isIsoDate(value) ? undefined : `expected a date written YYYY-MM-DD, got ${got}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${got}`;
    case 'string':
      return typeof value === 'string' ? undefined : `expected text, got ${got}`;
  }
}

/** Types, order and expressions of the parameters defined in one file. */
export function checkParameterValues(
  defined: Readonly<Record<string, Parameter>>,
  inScope: Readonly<Record<string, Parameter>>,
  facts: FactCatalogue,
  issues: PolicyCatalogIssue[],
): void {
  for (const parameter of Object.values(defined)) {
    const add = (path: string, reason: string) => issues.push({ file: parameter.file, path, reason });
    let previous: number | undefined;
    parameter.values.forEach((dated) => {
      const from = parseIsoDate(dated.from)!;
      if (previous !== undefined && from <= previous) add(`${dated.path}.from`, 'values must be in order of from, each date once');
      previous = from;
      if (typeof dated.value !== 'object') {
        const reason = checkLiteral(parameter.type, dated.value);
        if (reason) add(`${dated.path}.value`, reason);
        return;
      }
      const ruleIssues: RuleIssue[] = [];
      const inferred = inferType(dated.value, { facts, parameters: inScope, allowFacts: false, issues: ruleIssues });
      for (const issue of ruleIssues) add(issue.path, issue.reason);
      if (!inferred) return;
      const fits =
        parameter.type === 'money'
          ? inferred.type === 'money' || inferred.literal !== undefined
          : parameter.type === 'integer'
            ? inferred.type === 'integer'
            : parameter.type === 'number' || parameter.type === 'rate'
              ? isNumeric(inferred.type) && inferred.type !== 'money'
              : inferred.type === parameter.type;
      if (!fits) add(`${dated.path}.value`, `type mismatch: parameter is ${parameter.type}, its value is ${describeType(inferred)}`);
    });
  }
}

/** Reports each cycle once, at the value that closes it: `cycle between parameters: a → b → a`. */
export function checkParameterCycles(
  defined: Readonly<Record<string, Parameter>>,
  inScope: Readonly<Record<string, Parameter>>,
  issues: PolicyCatalogIssue[],
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    const parameter = inScope[name];
    if (!parameter || state.get(name) === 'done') return;
    state.set(name, 'visiting');
    for (const dated of parameter.values) {
      if (typeof dated.value !== 'object') continue;
      for (const next of collectExpression(dated.value).parameters) {
        if (state.get(next) === 'visiting') {
          const cycle = [...trail.slice(trail.indexOf(next)), name, next];
          issues.push({ file: parameter.file, path: `${dated.path}.value`, reason: `cycle between parameters: ${cycle.join(' → ')}` });
        } else visit(next, [...trail, name]);
      }
    }
    state.set(name, 'done');
  };
  for (const name of Object.keys(defined)) visit(name, []);
}

/** Parameter dates against a policy's versions (which are already known not to overlap or leave gaps). */
export function checkParameterDates(
  file: string,
  versions: readonly PolicyVersion[],
  usedByVersion: ReadonlyMap<PolicyVersion, ReadonlySet<string>>,
  inScope: Readonly<Record<string, Parameter>>,
  issues: PolicyCatalogIssue[],
): void {
  const starts = new Set(versions.map((v) => v.validFrom));
  for (const parameter of Object.values(inScope)) {
    if (parameter.shared) continue;
    parameter.values.slice(1).forEach((dated) => {
      if (!starts.has(dated.from)) {
        issues.push({
          file,
          path: `${dated.path}.from`,
          reason: `a parameter changes value only where a version begins: add a version starting ${dated.from}`,
        });
      }
    });
  }
  versions.forEach((version, i) => {
    const start = parseIsoDate(version.validFrom)!;
    const end = version.validTo === undefined ? Number.POSITIVE_INFINITY : parseIsoDate(version.validTo)!;
    for (const name of usedByVersion.get(version) ?? []) {
      const parameter = inScope[name];
      if (!parameter) continue;
      if (!findParameterValue(parameter, start)) {
        issues.push({ file, path: `versions[${i}].validFrom`, reason: `parameter "${name}" has no value on ${version.validFrom}, when version ${version.version} starts` });
      }
      if (!parameter.shared) continue;
      const change = parameter.values.find((dated) => {
        const from = parseIsoDate(dated.from)!;
        return from > start && from <= end;
      });
      if (change) {
        issues.push({
          file,
          path: `versions[${i}]`,
          reason: `shared parameter "${name}" changes value on ${change.from}, inside version ${version.version}: start a new version then`,
        });
      }
    }
  });
}

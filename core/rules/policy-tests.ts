/**
 * 黄金测试 — the format of <policy>.tests.yaml and how one case runs: facts in (defaults of the file merged with the
 * case's own; a null removes a default), expected result, amount, version, missing facts, the requirements that
 * failed (by id or path), whether a cap was hit, the materials required, and a phrase of the explanation.
 *
 *   policy: rd-growth
 *   defaults: { registeredInZone: true, … }
 *   cases:
 *     - name: 增长 20%
 *       asOf: '2024-06-30'
 *       facts: { rdSpending: 1200000, rdSpendingPreviousYear: 1000000 }
 *       expect: { result: eligible, amount: 40000, version: 2 }
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { describeZodIssues } from '../zone/zone-pack-issue';
import { idSchema, isoDateSchema } from './catalog-files.schema';
import { evaluatePolicy } from './evaluate-policy';
import { explainInPlainLanguage, listDecisiveSteps } from './explain-in-plain-language';
import type { Policy, PolicyCatalogIssue } from './policy-types';

const factsSchema = z.record(z.string(), z.unknown());

const caseSchema = z.strictObject({
  name: z.string().min(1),
  asOf: isoDateSchema,
  facts: factsSchema.default({}),
  expect: z.strictObject({
    result: z.enum(['eligible', 'ineligible', 'undetermined']),
    amount: z.number().nullable().optional(),
    version: z.int().positive().optional(),
    missing: z.array(z.string()).optional(),
    failed: z.array(z.string()).optional(),
    capped: z.boolean().optional(),
    materials: z.array(z.string()).optional(),
    explains: z.string().optional(),
  }),
});

const fileSchema = z.strictObject({ policy: idSchema, defaults: factsSchema.default({}), cases: z.array(caseSchema).min(1) });

export type PolicyTest = z.output<typeof caseSchema>;
export type PolicyTestFile = z.output<typeof fileSchema>;

export function parsePolicyTests(file: string, text: string): { ok: true; tests: PolicyTestFile } | { ok: false; issues: PolicyCatalogIssue[] } {
  const doc = parseDocument(text);
  if (doc.errors[0]) return { ok: false, issues: [{ file, path: '', reason: `YAML syntax error: ${doc.errors[0].message.split('\n', 1)[0]}` }] };
  const result = fileSchema.safeParse(doc.toJS(), { reportInput: true });
  return result.success ? { ok: true, tests: result.data } : { ok: false, issues: describeZodIssues(file, result.error) };
}

/** One failed expectation, in words. */
export type PolicyTestFailure = string;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function runPolicyTest(policy: Policy, defaults: Readonly<Record<string, unknown>>, test: PolicyTest): PolicyTestFailure[] {
  const facts: Record<string, unknown> = { ...defaults };
  for (const [name, value] of Object.entries(test.facts)) {
    if (value === null) delete facts[name];
    else facts[name] = value;
  }
  const evaluation = evaluatePolicy(policy, facts, test.asOf);
  const bare = evaluatePolicy(policy, facts, test.asOf, { trace: false });
  const failures: string[] = [];
  const { expect } = test;
  const check = (ok: boolean, message: string) => ok || failures.push(message);
  check(evaluation.result === expect.result, `result: expected ${expect.result}, got ${evaluation.result}`);
  check(bare.result === evaluation.result && bare.amountFen === evaluation.amountFen && sameSet(bare.missing, evaluation.missing), 'traced and untraced evaluations differ');
  if (expect.amount !== undefined) check(evaluation.amount === expect.amount, `amount: expected ${expect.amount}, got ${evaluation.amount}`);
  if (expect.version !== undefined) check(evaluation.version.version === expect.version, `version: expected ${expect.version}, got ${evaluation.version.version}`);
  if (expect.missing) check(sameSet(evaluation.missing, expect.missing), `missing: expected [${expect.missing}], got [${evaluation.missing}]`);
  if (expect.failed) {
    const failed = listDecisiveSteps(evaluation.trace).filter((step) => step.outcome === false);
    const names = failed.map((step) => step.id ?? step.path);
    check(sameSet(names, expect.failed), `failed: expected [${expect.failed}], got [${names}]`);
  }
  if (expect.capped !== undefined) {
    const capped = evaluation.trace.some((entry) => entry.kind === 'cap' && entry.outcome === true);
    check(capped === expect.capped, `capped: expected ${expect.capped}, got ${capped}`);
  }
  if (expect.materials) {
    const required = evaluation.materials.filter((m) => m.required).map((m) => m.id);
    check(sameSet(required, expect.materials), `materials: expected [${expect.materials}], got [${required}]`);
  }
  if (expect.explains) {
    const text = explainInPlainLanguage(evaluation.trace, 'zh-CN').join('\n');
    check(text.includes(expect.explains), `explanation should mention "${expect.explains}":\n${text}`);
  }
  return failures;
}

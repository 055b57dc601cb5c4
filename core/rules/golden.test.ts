/**
 * Golden tests: every zones/zhangjiang/policies/<policy>.tests.yaml, each case run through the evaluator (traced
 * and bare) against its expected result, amount, version, missing facts, failed requirements and materials.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyTests, runPolicyTest } from './policy-tests';
import { loadZonePolicies, readPolicyDocuments } from './testdata/load-zone-policies';

const catalog = loadZonePolicies();
const testFiles = readPolicyDocuments().filter((doc) => doc.file.endsWith('.tests.yaml'));

describe('golden tests of the Zhangjiang policy catalogue', () => {
  it('has a tests file for every policy', () => {
    const tested = testFiles.map((doc) => doc.file.replace(/^policies\/|\.tests\.yaml$/g, ''));
    expect(tested.sort()).toEqual(catalog.policies.map((p) => p.id).sort());
  });

  for (const doc of testFiles) {
    const parsed = parsePolicyTests(doc.file, doc.text);
    if (!parsed.ok) {
      it(`${doc.file} parses`, () => expect(parsed.issues).toEqual([]));
      continue;
    }
    const { tests } = parsed;
    describe(tests.policy, () => {
      it('has 4 to 8 cases', () => {
        expect(tests.cases.length).toBeGreaterThanOrEqual(4);
        expect(tests.cases.length).toBeLessThanOrEqual(8);
      });
      for (const test of tests.cases) {
        it(test.name, () => {
          const policy = catalog.policies.find((p) => p.id === tests.policy);
          expect(policy, `policy ${tests.policy}`).toBeDefined();
          expect(runPolicyTest(policy!, tests.defaults, test)).toEqual([]);
        });
      }
    });
  }
});

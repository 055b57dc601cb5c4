import { describe, expect, it } from 'vitest';
import { loadWorkflow, readWorkflowYaml } from '../workflow/testdata/zone-workflows';
import { loadZhangjiangPack } from '../territory/address/testdata/load-zone-pack-files';
import { checkWorkflowReferences } from './check-workflow-references';
import { parseZonePack } from './parse-zone-pack';
import { minimalPackDocuments } from './testdata/minimal-pack';

describe('the workflows/ folder of a zone pack', () => {
  it('names the file, path and reason of an invalid workflow', () => {
    const result = parseZonePack({ ...minimalPackDocuments(), 'workflows/broken.yaml': { id: 'broken', stages: [] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.file === 'workflows/broken.yaml' && i.reason.length > 0)).toBe(true);
  });

  it('requires the file to be named by the workflow id', () => {
    const result = parseZonePack({ ...minimalPackDocuments(), 'workflows/other-name.yaml': readWorkflowYaml('special-fund.yaml') });
    expect(result.ok ? [] : result.issues.filter((i) => i.path === 'id')).toEqual([
      { file: 'workflows/other-name.yaml', path: 'id', reason: 'the workflow id "special-fund" must match the file name "other-name"' },
    ]);
  });

  it('finds the Zhangjiang workflows consistent with routing.yaml and organisations.yaml', () => {
    const pack = loadZhangjiangPack();
    const workflows = ['special-fund.yaml', 'talent.yaml'].map(loadWorkflow);
    expect(checkWorkflowReferences({ ...pack, workflows })).toEqual([]);
  });

  it('reports a unit and a route rule the pack does not define', () => {
    const pack = loadZhangjiangPack();
    const workflow = structuredClone(loadWorkflow('special-fund.yaml'));
    workflow.routes[0]!.rule = 'no-such-rule';
    workflow.stages.find((s) => s.id === 'disbursement')!.handledBy = { units: ['no-such-unit'] };
    const issues = checkWorkflowReferences({ ...pack, workflows: [workflow] });
    expect(issues.map((i) => `${i.file} ${i.path}`)).toEqual(
      expect.arrayContaining(['workflows/special-fund.yaml routes[0].rule', expect.stringMatching(/^workflows\/special-fund.yaml stages\[\d\]\.handledBy\.units\[0\]$/)]),
    );
  });
});

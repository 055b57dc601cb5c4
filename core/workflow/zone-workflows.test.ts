import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseWorkflowDefinition } from './parse-workflow-definition';
import { IN_JINQIAO, IN_ZHANGJIANG, listWorkflowFiles, loadWorkflow, readWorkflowYaml, routeFor, zhangjiangPack } from './testdata/zone-workflows';

const policiesDir = fileURLToPath(new URL('../../zones/zhangjiang/policies/', import.meta.url));

/** id and kind of every policy of the pack (policies/*.yaml but their tests and the shared facts). */
function packPolicies(): Array<{ id: string; kind: string }> {
  return readdirSync(policiesDir)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.tests.yaml') && !['facts.yaml', 'shared.yaml'].includes(f))
    .map((f) => parse(readFileSync(policiesDir + f, 'utf8')) as { id: string; kind: string });
}

// The zone loader stores these workflows (server/platform/zone/write-zone-workflows.ts) and the cases module runs
// cases on them; this checks them against the rest of the pack: routing, organisations, sources and policies.
describe('the Zhangjiang workflows (zones/zhangjiang/workflows)', () => {
  const pack = zhangjiangPack();
  const routing = pack.routing!;
  const unitIds = new Set(pack.units.map((u) => u.id));
  const sourceIds = new Set(pack.zone.sources.map((s) => s.id));

  it('has the special-fund and talent workflows', () => {
    expect(listWorkflowFiles()).toEqual(['special-fund.yaml', 'talent.yaml']);
  });

  it.each(listWorkflowFiles())('%s parses and matches the pack', (file) => {
    const result = parseWorkflowDefinition(`workflows/${file}`, readWorkflowYaml(file));
    expect(result.ok ? [] : result.issues).toEqual([]);
    const definition = loadWorkflow(file);
    expect(definition.id).toBe(file.replace('.yaml', ''));

    const caseTypes = new Set(routing.caseTypes.map((c) => c.id));
    expect(definition.caseTypes.filter((t) => !caseTypes.has(t))).toEqual([]);
    for (const stage of definition.stages) {
      expect(stage.handledBy.units?.filter((u) => !unitIds.has(u)) ?? []).toEqual([]);
    }
    const sources = [definition.source, ...definition.routes.map((r) => r.source), ...definition.stages.flatMap((s) => s.source ?? [])];
    expect(sources.filter((s) => !sourceIds.has(s.split('#')[0]!))).toEqual([]);

    // Every route of routing.yaml for these case types is described, and each names the steps the stages need.
    const routes = routing.routes.filter((r) => r.caseTypes.some((t) => definition.caseTypes.includes(t)));
    expect(definition.routes.map((r) => r.rule).sort()).toEqual(routes.map((r) => r.id).sort());
    for (const route of routes) {
      const roles = new Set(route.steps.map((s) => s.role));
      const needed = definition.stages.flatMap((s) => s.handledBy.routeStep ?? []);
      expect({ route: route.id, missing: needed.filter((r) => !roles.has(r)) }).toEqual({ route: route.id, missing: [] });
    }
  });

  it('describes the two talent routes of the policy with their standards', () => {
    const talent = loadWorkflow('talent.yaml');
    expect(talent.routes.map((r) => [r.rule, r.standard, r.verified])).toEqual([
      ['talent-original', 'original', true],
      ['talent-expansion', 'unified', true],
    ]);
    expect(talent.routes[0]!.description).toContain('张江科建办按原申请标准和流程受理审核后报市人社局');
    expect(talent.routes[1]!.description).toContain('区委组织部、区人社局牵头相关街镇和委办局按统一申请标准完成受理审核');
  });

  it('gives every policy of the pack a workflow: by its kind, or mapped to a case type (talent)', () => {
    const workflows = listWorkflowFiles().map(loadWorkflow);
    const caseTypes = new Set(workflows.flatMap((w) => w.caseTypes));
    const mapped = new Map(workflows.flatMap((w) => Object.entries(w.policies ?? {})));
    const unserved = packPolicies().filter((p) => !mapped.has(p.id) && !caseTypes.has(p.kind));
    expect(unserved).toEqual([]);
    expect([...mapped.keys()].filter((id) => !packPolicies().some((p) => p.id === id))).toEqual([]);
  });

  it('routes each talent policy by the two talent routes of the policy', () => {
    const talent = loadWorkflow('talent.yaml');
    const talentPolicies = packPolicies().filter((p) => p.kind === 'talent').map((p) => p.id).sort();
    expect(Object.keys(talent.policies ?? {}).sort()).toEqual(talentPolicies);
    for (const caseType of Object.values(talent.policies ?? {})) {
      expect(routeFor(caseType, IN_ZHANGJIANG)).toMatchObject({ status: 'routed', rule: 'talent-original' });
      expect(routeFor(caseType, IN_JINQIAO)).toMatchObject({ status: 'routed', rule: 'talent-expansion' });
    }
  });

  it('runs the special fund through the stages the policy implies', () => {
    const fund = loadWorkflow('special-fund.yaml');
    expect(fund.stages.map((s) => s.kind)).toEqual(['intake', 'review', 'expert-review', 'public-notice', 'decision', 'disbursement', 'closed']);
  });
});

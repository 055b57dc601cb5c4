/**
 * Test helper (not library code): the Zhangjiang workflow definitions read from the zone pack, and routes for them
 * from the pack's routing rules, as the server will build them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createCaseRouter, type CaseRoute, type RouteLocation, type RoutingUnit } from '../../routing';
import { loadZhangjiangPack } from '../../territory/address/testdata/load-zone-pack-files';
import { parseWorkflowDefinition } from '../parse-workflow-definition';
import type { WorkflowDefinition } from '../workflow-definition.schema';

export const workflowsDir = fileURLToPath(new URL('../../../zones/zhangjiang/workflows/', import.meta.url));

export function listWorkflowFiles(): string[] {
  return readdirSync(workflowsDir).filter((f) => f.endsWith('.yaml')).sort();
}

export function readWorkflowYaml(file: string): unknown {
  return parse(readFileSync(workflowsDir + file, 'utf8')) as unknown;
}

export function loadWorkflow(file: string): WorkflowDefinition {
  const result = parseWorkflowDefinition(`workflows/${file}`, readWorkflowYaml(file));
  if (!result.ok) throw new Error(`${file} invalid: ${JSON.stringify(result.issues)}`);
  return result.definition;
}

let router: ReturnType<typeof createCaseRouter> | undefined;

export function zhangjiangPack() {
  return loadZhangjiangPack();
}

export function routeFor(caseType: string, location: RouteLocation): CaseRoute {
  if (!router) {
    const pack = loadZhangjiangPack();
    const units: RoutingUnit[] = pack.units.map((u) => ({
      id: u.id,
      kind: u.kind,
      name: u.name,
      nameEn: u.nameEn,
      ...(u.kind === 'body' ? { approvalMark: u.approvalMark, area: u.area } : {}),
    }));
    router = createCaseRouter(pack.routing!, units);
  }
  return router.route(caseType, location);
}

/** 金桥 (expansion area, town 310115120) and 张江 (original area, town 310115125). */
export const IN_JINQIAO: RouteLocation = { status: 'located', area: 'expansion', bodyId: 'jinqiao', townCode: '310115120' };
export const IN_ZHANGJIANG: RouteLocation = { status: 'located', area: 'original', bodyId: 'zhangjiang', townCode: '310115125' };

/**
 * 流程引用检查 — the checks of workflows/*.yaml that span files: case types and route rules that routing.yaml
 * defines, stages handled by units of organisations.yaml, cited sources listed in zone.yaml, and one workflow per
 * case type (a case type run by two workflows would be ambiguous at submission).
 */
import type { ZonePack } from './zone-pack.schema';
import type { ZonePackIssue } from './zone-pack-issue';

export function checkWorkflowReferences(pack: ZonePack): ZonePackIssue[] {
  const issues: ZonePackIssue[] = [];
  const unitIds = new Set(pack.units.map((u) => u.id));
  const sourceIds = new Set(pack.zone.sources.map((s) => s.id));
  const caseTypes = new Set(pack.routing?.caseTypes.map((c) => c.id) ?? []);
  const rules = new Map(pack.routing?.routes.map((r) => [r.id, r]) ?? []);
  const runBy = new Map<string, string>();
  for (const definition of pack.workflows ?? []) {
    const file = `workflows/${definition.id}.yaml`;
    const add = (path: string, reason: string) => issues.push({ file, path, reason });
    definition.caseTypes.forEach((caseType, i) => {
      if (!caseTypes.has(caseType)) add(`caseTypes[${i}]`, `case type "${caseType}" is not defined in routing.yaml`);
      const other = runBy.get(caseType);
      if (other) add(`caseTypes[${i}]`, `case type "${caseType}" is already run by workflow "${other}"`);
      else runBy.set(caseType, definition.id);
    });
    definition.routes.forEach((route, i) => {
      const rule = rules.get(route.rule);
      if (!rule) {
        add(`routes[${i}].rule`, `route rule "${route.rule}" is not defined in routing.yaml`);
        return;
      }
      const roles = new Set(rule.steps.map((s) => s.role));
      definition.stages.forEach((stage, j) => {
        const step = stage.handledBy.routeStep;
        if (step !== undefined && !roles.has(step)) add(`stages[${j}].handledBy.routeStep`, `route rule "${route.rule}" has no step "${step}"`);
      });
    });
    definition.stages.forEach((stage, j) => {
      stage.handledBy.units?.forEach((unit, k) => {
        if (!unitIds.has(unit)) add(`stages[${j}].handledBy.units[${k}]`, `unit "${unit}" is not defined in organisations.yaml`);
      });
    });
    const sources: Array<[string, string | undefined]> = [
      ['source', definition.source],
      ...definition.routes.map((r, i): [string, string] => [`routes[${i}].source`, r.source]),
      ...definition.stages.map((s, j): [string, string | undefined] => [`stages[${j}].source`, s.source]),
    ];
    for (const [path, source] of sources) {
      if (source !== undefined && !sourceIds.has(source.split('#')[0]!)) add(path, `source "${source}" is not listed in zone.yaml`);
    }
  }
  return issues;
}

/**
 * 办件路由 — the route of units that handle a case, from the zone's routing rules (routing.yaml), the case type and
 * where the applicant is. Outside the zone nothing applies; when the location is not known well enough for the
 * route (the area for talent cases, the body for approvals and fund reviews) the case is held for manual location.
 */
import { AppError } from '../errors';
import type { RouteRule, RouteStepRule, RoutingRules } from '../zone/routing.schema';
import type { CaseRoute, RouteLocation, RouteStep, RoutingUnit, UnitRef } from './route-types';
import { STEP_ROLE_NAMES } from './step-role-names';

/** 路由器 — routes cases against one set of rules and units. */
export interface CaseRouter {
  readonly version: string;
  readonly caseTypes: RoutingRules['caseTypes'];
  /** Throws CASE_TYPE_UNKNOWN (naming `field`) for a case type the rules do not know. */
  route(caseType: unknown, location: RouteLocation, field?: string): CaseRoute;
}

export function createCaseRouter(rules: RoutingRules, units: readonly RoutingUnit[]): CaseRouter {
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    version: rules.version,
    caseTypes: rules.caseTypes,
    route(caseTypeId, location, field = 'caseType') {
      const caseType = rules.caseTypes.find((c) => c.id === caseTypeId);
      if (!caseType) {
        throw new AppError('CASE_TYPE_UNKNOWN', {
          field,
          fields: [field],
          caseType: String(caseTypeId ?? ''),
          known: rules.caseTypes.map((c) => c.id).join(', '),
        });
      }
      const base = {
        caseType: caseType.id,
        caseTypeName: caseType.name,
        caseTypeNameEn: caseType.nameEn,
        ruleVersion: rules.version,
      };
      const held = (reason: string, reasonEn: string, area: CaseRoute['area'] = null): CaseRoute => ({
        ...base, status: 'needs-manual-location', rule: null, ruleName: null, ruleNameEn: null, area, body: null, town: null,
        steps: [], reason, reasonEn, source: null, verified: false,
      });
      if (location.status === 'outside') {
        return {
          ...base, status: 'not-eligible', rule: null, ruleName: null, ruleNameEn: null, area: 'outside', body: null, town: null,
          steps: [], reason: `申请人位于园区范围外，${caseType.name}不适用园区路由`,
          reasonEn: `The applicant is outside the zone; ${caseType.nameEn} is not handled by the zone`, source: null, verified: false,
        };
      }
      if (location.status === 'unknown') return held(location.reason, location.reasonEn);
      const body = location.bodyId === null ? null : byId.get(location.bodyId) ?? null;
      const town = location.townCode === null ? null : byId.get(location.townCode) ?? null;
      const area = location.area ?? body?.area ?? null;
      if (area === null) return held('所在区域（原区域或扩区区域）未能确定，需人工定位', 'Whether the applicant is in the original or the expansion area is not known: locate by hand');
      const rule = rules.routes.find((r) => r.caseTypes.includes(caseType.id) && r.areas.includes(area));
      if (!rule) throw new Error(`routing rules have no route for ${caseType.id} in the ${area} area`);
      if (body === null && usesLocation(rule, '$body', 'units')) {
        return held('办理主体取决于所在管理主体，但管理主体未能确定，需人工定位', 'The handling body depends on where the applicant is, which is not known: locate by hand', area);
      }
      const steps = rule.steps.map((step, i) => buildStep(step, i + 1, rule, { body, town }, byId, units));
      return {
        ...base, status: 'routed', rule: rule.id, ruleName: rule.name, ruleNameEn: rule.nameEn, area,
        body: body ? refOf(body) : null, town: town ? refOf(town) : null, steps,
        reason: `${caseType.name}：按“${rule.name}”办理（规则版本 ${rules.version}）`,
        reasonEn: `${caseType.nameEn}: handled by "${rule.nameEn}" (rules version ${rules.version})`,
        source: rule.source, verified: rule.verified,
      };
    },
  };
}

interface LocatedUnits {
  body: RoutingUnit | null;
  town: RoutingUnit | null;
}

function buildStep(
  step: RouteStepRule,
  order: number,
  rule: RouteRule,
  located: LocatedUnits,
  byId: ReadonlyMap<string, RoutingUnit>,
  units: readonly RoutingUnit[],
): RouteStep {
  const resolve = (refs: readonly string[]) =>
    refs.flatMap((ref) => {
      const unit = ref === '$body' ? located.body : ref === '$town' ? located.town : byId.get(ref) ?? null;
      return unit ? [unit] : [];
    });
  const acting = [...resolve(step.units), ...units.filter((u) => step.unitKinds.includes(u.kind as never))];
  // In the name of the zone: the acting body's own mark says so; a body without one is the zone's own office.
  const actingBody = acting.find((u) => u.kind === 'body');
  const mark = step.capacity === 'in-the-name-of' ? actingBody?.approvalMark ?? null : null;
  const capacity = step.capacity === 'in-the-name-of' && mark !== null ? 'in-the-name-of' : 'own';
  const inNameOf = capacity === 'in-the-name-of' && step.inNameOf ? byId.get(step.inNameOf) ?? null : null;
  const names = STEP_ROLE_NAMES[step.role];
  return {
    order,
    role: step.role,
    roleName: names.zh,
    roleNameEn: names.en,
    units: acting.map(refOf),
    mode: step.mode,
    participants: resolve(step.participants).map(refOf),
    to: resolve(step.to).map(refOf),
    standard: step.standard ?? null,
    capacity,
    inNameOf: inNameOf ? refOf(inNameOf) : null,
    mark,
    note: step.note ?? null,
    noteEn: step.noteEn ?? null,
    source: step.source ?? rule.source,
    verified: step.verified ?? rule.verified,
  };
}

function usesLocation(rule: RouteRule, ref: '$body' | '$town', field: 'units' | 'participants'): boolean {
  return rule.steps.some((step) => step[field].includes(ref));
}

function refOf(unit: RoutingUnit): UnitRef {
  return { id: unit.id, kind: unit.kind, name: unit.name, nameEn: unit.nameEn };
}

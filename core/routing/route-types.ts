/**
 * 办件路由的词汇 — where a case is (from the point resolver or the address resolver), the units a route can name,
 * and the route it gets: ordered steps, each with its role, units, standard and capacity, and the version of the
 * rules that produced it.
 */
import type { StepRole } from '../zone/routing.schema';

/** 路由单位 — a unit of the zone as routes name it. Towns use their 9-digit code as id. */
export interface RoutingUnit {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly nameEn: string;
  /** Bodies only: the mark on their approval documents, or null when they act in their own name. */
  readonly approvalMark?: string | null;
  /** Bodies only: the part of the zone they serve. */
  readonly area?: 'original' | 'expansion' | null;
}

/** 单位引用 — a unit in an answer. */
export interface UnitRef {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly nameEn: string;
}

/** 办件位置 — what routing needs to know about where the applicant is. */
export type RouteLocation =
  | { readonly status: 'outside' }
  | { readonly status: 'unknown'; readonly reason: string; readonly reasonEn: string }
  | {
      readonly status: 'located';
      /** null when the area is not known (an address whose town is split between areas). */
      readonly area: 'original' | 'expansion' | null;
      readonly bodyId: string | null;
      readonly townCode: string | null;
    };

/** 路由状态 — routed; not eligible (outside the zone); held until someone locates the applicant by hand. */
export type RouteStatus = 'routed' | 'not-eligible' | 'needs-manual-location';

/** 办理环节 */
export interface RouteStep {
  readonly order: number;
  readonly role: StepRole;
  readonly roleName: string;
  readonly roleNameEn: string;
  readonly units: readonly UnitRef[];
  /** all: the units act together; any: any one of them may act (一门式受理). */
  readonly mode: 'all' | 'any';
  readonly participants: readonly UnitRef[];
  /** Whom a report goes to. */
  readonly to: readonly UnitRef[];
  /** original: the pre-expansion standard and process; unified: the zone's unified standard. */
  readonly standard: 'original' | 'unified' | null;
  readonly capacity: 'own' | 'in-the-name-of';
  readonly inNameOf: UnitRef | null;
  /** The mark the acting body adds to its documents when it acts in the name of the zone. */
  readonly mark: string | null;
  readonly note: string | null;
  readonly noteEn: string | null;
  readonly source: string;
  readonly verified: boolean;
}

/** 办件路线 */
export interface CaseRoute {
  readonly caseType: string;
  readonly caseTypeName: string;
  readonly caseTypeNameEn: string;
  readonly status: RouteStatus;
  /** The route rule applied (e.g. talent-original), null when none applies. */
  readonly rule: string | null;
  readonly ruleName: string | null;
  readonly ruleNameEn: string | null;
  /** The version of the zone's routing rules (routing.yaml `version`). */
  readonly ruleVersion: string;
  readonly area: 'original' | 'expansion' | 'outside' | null;
  readonly body: UnitRef | null;
  readonly town: UnitRef | null;
  readonly steps: readonly RouteStep[];
  readonly reason: string;
  readonly reasonEn: string;
  readonly source: string | null;
  readonly verified: boolean;
}

/**
 * 路由规则结构 — routing.yaml of a zone pack: case types and, per case type and area of the zone, the steps of the
 * route and the units that perform them. Read by core/routing. Cross-file checks live in
 * check-routing-references.ts.
 */
import { z } from 'zod';
import { sourceRefSchema, unitIdSchema, unitKindSchema } from './zone-pack.schema';

const text = z.string().trim().min(1, 'must not be empty');

/** `$body` and `$town` stand for the body and the town of the case's location. */
export const LOCATION_UNIT_REFS = ['$body', '$town'] as const;

/** A unit of organisations.yaml by id, or the body or town of the location. */
const unitRefSchema = z.union([z.enum(LOCATION_UNIT_REFS), unitIdSchema]);

/** 环节角色 — what a step does. */
export const STEP_ROLES = ['intake', 'review', 'report', 'decide', 'approve'] as const;

/** 路由环节 — one step of a route. */
const routeStepSchema = z
  .strictObject({
    role: z.enum(STEP_ROLES),
    units: z.array(unitRefSchema).default([]),
    /** Every active unit of these kinds (一门式受理: any window). */
    unitKinds: z.array(unitKindSchema).default([]),
    /** all: the units act together (会签 / joint lead); any: one of them acts. */
    mode: z.enum(['all', 'any']).default('all'),
    /** Units that take part without leading (相关街镇、委办局). */
    participants: z.array(unitRefSchema).default([]),
    /** Whom a report goes to. */
    to: z.array(unitRefSchema).default([]),
    standard: z.enum(['original', 'unified']).optional(),
    capacity: z.enum(['own', 'in-the-name-of']).default('own'),
    inNameOf: unitIdSchema.optional(),
    note: text.optional(),
    noteEn: text.optional(),
    /** A step may cite its own source when it rests on something else than its route. */
    source: sourceRefSchema.optional(),
    verified: z.boolean().optional(),
  })
  .refine((step) => step.units.length > 0 || step.unitKinds.length > 0, { message: 'name units or unitKinds', path: ['units'] })
  .refine((step) => (step.capacity === 'in-the-name-of') === (step.inNameOf !== undefined), {
    message: 'inNameOf goes with capacity: in-the-name-of, and only with it',
    path: ['inNameOf'],
  })
  .refine((step) => (step.source === undefined) === (step.verified === undefined), {
    message: 'give source and verified together',
    path: ['verified'],
  });

/** 办件类型 */
const caseTypeSchema = z.strictObject({ id: unitIdSchema, name: text, nameEn: text });

/** 路由 — the steps for some case types in some areas of the zone. */
const routeSchema = z.strictObject({
  id: unitIdSchema,
  name: text,
  nameEn: text,
  caseTypes: z.array(unitIdSchema).min(1, 'name at least one case type'),
  areas: z.array(z.enum(['original', 'expansion'])).min(1, 'name at least one area'),
  steps: z.array(routeStepSchema).min(1, 'list at least one step'),
  source: sourceRefSchema,
  verified: z.boolean(),
});

/** routing.yaml */
export const routingFileSchema = z.strictObject({
  version: text,
  caseTypes: z.array(caseTypeSchema).min(1, 'list at least one case type'),
  routes: z.array(routeSchema).min(1, 'list at least one route'),
});

/** 路由规则 — the validated routing rules of a zone. */
export type RoutingRules = z.output<typeof routingFileSchema>;
/** 路由 */
export type RouteRule = RoutingRules['routes'][number];
/** 路由环节 */
export type RouteStepRule = RouteRule['steps'][number];
/** 环节角色 */
export type StepRole = (typeof STEP_ROLES)[number];

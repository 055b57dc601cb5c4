/**
 * 园区概况 — the home page's figures, as `GET /api/zone/summary` returns them. Shared by server (response
 * schema, OpenAPI) and web (typed client).
 */
import { z } from 'zod';
import { unitKindSchema } from './zone-pack.schema';

const unitRefSchema = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });

export const zoneSummarySchema = z.object({
  zone: unitRefSchema,
  counts: z.object({
    towns: z.number().int(),
    bodies: z.number().int(),
    departments: z.number().int(),
    workingGroups: z.number().int(),
    statisticalUnits: z.number().int(),
  }),
  workingGroups: z.array(unitRefSchema),
  bodies: z.array(
    unitRefSchema.extend({
      shortName: z.string().nullable(),
      area: z.enum(['original', 'expansion']),
      approvalMark: z.string().nullable(),
      verified: z.boolean(),
    }),
  ),
  towns: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), verified: z.boolean() })),
  responsibilities: z.array(
    z.object({
      id: z.string(),
      matter: z.string(),
      matterEn: z.string(),
      lead: z.array(unitRefSchema),
      support: z.array(unitRefSchema),
      /** Whole kinds of unit that support, e.g. every town ("各街镇全力配合"). */
      supportKinds: z.array(unitKindSchema),
      note: z.string().nullable(),
      source: z.string(),
      verified: z.boolean(),
    }),
  ),
});

/** 园区概况 */
export type ZoneSummary = z.output<typeof zoneSummarySchema>;
/** 组织引用 — a unit as lists show it. */
export type UnitRef = z.output<typeof unitRefSchema>;

/** 统计接口契约 — the query strings and answers of the statistics endpoints. */
import { z } from 'zod';
import { CHAIN_SEGMENTS, INDUSTRIES } from '../../../../core/registry/industry/industry-codes';
import { AREAS } from '../read/registry-read.schema';

/** 统计维度 — what statistics break down by. */
export const STATISTICS_DIMENSIONS = ['area', 'town', 'body', 'community', 'industry', 'chainSegment'] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/** The filters statistics, the timeline and their export accept. */
export const statisticsFilterFields = {
  area: z.enum(AREAS).optional(),
  townCode: z.string().regex(/^[0-9]{9}$/, 'a 9-digit town code').optional(),
  bodyId: z.string().min(1).max(64).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  chainSegment: z.enum(CHAIN_SEGMENTS).optional(),
};
export type StatisticsFilter = { [K in keyof typeof statisticsFilterFields]?: z.infer<(typeof statisticsFilterFields)[K]> };

export const statisticsQuery = z.strictObject({ by: z.enum(STATISTICS_DIMENSIONS), ...statisticsFilterFields });
export const statisticsExportQuery = z.strictObject({
  by: z.enum(STATISTICS_DIMENSIONS).optional().describe('one dimension; all of them (and the timeline) when omitted'),
  ...statisticsFilterFields,
});

/** The widest timeline one request may ask for. */
export const MAX_TIMELINE_YEARS = 100;
const year = z.coerce.number().int().min(1900).max(2100);

export const timelineQuery = z
  .strictObject({ from: year.optional(), to: year.optional(), ...statisticsFilterFields })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from < MAX_TIMELINE_YEARS, {
    message: `at most ${MAX_TIMELINE_YEARS} years`,
    path: ['from'],
  });

const measures = {
  count: z.number().int(),
  registeredCapital: z.number(),
  employees: z.number(),
  revenue: z.number(),
  tax: z.number(),
};
export type Measures = { [K in keyof typeof measures]: number };
export const MEASURE_KEYS = Object.keys(measures) as (keyof Measures)[];

export const statisticsSchema = z.object({
  by: z.enum(STATISTICS_DIMENSIONS),
  /** key null: no value (not placed, not classified). Money in 万元 as the sources give it; a measure no source gives is 0. */
  rows: z.array(z.object({ key: z.string().nullable(), label: z.string(), ...measures })),
  total: z.object(measures),
});
export type Statistics = z.infer<typeof statisticsSchema>;

export const timelineSchema = z.object({
  rows: z.array(z.object({ year: z.number().int(), founded: z.number().int(), entered: z.number().int(), left: z.number().int(), active: z.number().int() })),
});
export type Timeline = z.infer<typeof timelineSchema>;

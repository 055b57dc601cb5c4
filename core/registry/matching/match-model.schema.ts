/**
 * 匹配模型校验 — the zod schema of a match model as a zone pack holds it (e.g. registry/match-model.yaml), so that
 * a hand-edited file is checked field by field before it is used.
 */
import { z } from 'zod';
import type { MatchModel } from './match-model';

const probability = z.number().gt(0).lt(1);
const level = z.object({ m: probability, u: probability, fixed: z.boolean().optional() }).strict();

export const matchModelSchema = z
  .object({
    version: z.string().min(1),
    parameters: z.enum(['prior', 'estimated']),
    matchRate: probability,
    thresholds: z.object({ merge: z.number(), review: z.number() }).strict().refine((t) => t.review <= t.merge, {
      message: 'review threshold must not exceed the merge threshold',
    }),
    mergeRequiresNameAgreement: z.boolean(),
    similarity: z.object({ name: probability, address: probability, legalRep: probability }).strict(),
    fields: z
      .object({
        creditCode: z.object({ exact: level, 'one-off': level, different: level }).strict(),
        name: z
          .object({ exact: level, 'core-exact': level, close: level, similar: level, 'branch-mismatch': level, different: level })
          .strict(),
        address: z.object({ exact: level, 'same-road': level, close: level, different: level }).strict(),
        legalRep: z.object({ exact: level, close: level, different: level }).strict(),
        phone: z.object({ exact: level, different: level }).strict(),
        foundedOn: z.object({ exact: level, 'same-month': level, 'same-year': level, different: level }).strict(),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<MatchModel>;

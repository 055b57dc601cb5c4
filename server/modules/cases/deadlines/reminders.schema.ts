/** 提醒接口参数 — the query of `GET /api/cases/reminders`. */
import { z } from 'zod';

export const remindersQuery = z.strictObject({
  caseId: z.uuid().optional(),
  kind: z.enum(['reminder', 'escalation']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

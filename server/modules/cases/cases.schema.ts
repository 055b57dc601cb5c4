/** 办件接口参数 — the zod contracts of the cases API (see API.md). */
import { z } from 'zod';
import { RATING_GRADES } from '../../../core/workflow';

export const caseIdParams = z.object({ id: z.string().max(64) });

export const submitBody = z.strictObject({
  policyId: z.string().trim().min(1).max(100),
  facts: z.record(z.string(), z.unknown()).default({}),
  materials: z.array(z.uuid()).max(100).default([]),
});

export const uploadQuery = z.strictObject({
  name: z.string().trim().min(1).max(200),
  materialId: z.string().trim().min(1).max(100),
});

/** `{ action, version, …payload }`; the payload is checked by the workflow against ACTION_PAYLOADS. */
export const actionBody = z.looseObject({
  action: z.string().min(1).max(50),
  version: z.number().int().min(1),
  facts: z.record(z.string(), z.unknown()).optional(),
  materials: z.array(z.uuid()).max(100).optional(),
});

export const ratingBody = z.strictObject({
  version: z.number().int().min(1),
  grade: z.enum(RATING_GRADES),
  comment: z.string().trim().min(1).max(2000).optional(),
});

export const listQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  stage: z.string().max(64).optional(),
  status: z.enum(['open', 'closed']).optional(),
  deadline: z.enum(['green', 'yellow', 'red']).optional(),
  policyId: z.string().max(100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** 日历调整接口参数 — the zod contracts of /api/cases/calendar-overrides. */
import { z } from 'zod';
import { calendarOverrideSchema, isLocalDate } from '../../../../core/calendar';

export const overridesQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const overrideBody = calendarOverrideSchema;

export const overrideDateParams = z.object({ date: z.string().refine(isLocalDate, 'must be a real date written YYYY-MM-DD') });

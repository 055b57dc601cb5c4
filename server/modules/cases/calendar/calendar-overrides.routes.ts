/**
 * 日历调整路由 — the administrator's table of working-day overrides of the zone: list, add, remove
 * (`cases.calendar.manage`). Each route: validate → authorize → use case → present.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditMetaOf } from '../../../platform/audit';
import { getAuth, requirePermission } from '../../../platform/auth';
import { CasesPermission } from '../cases.permissions';
import type { CasesContext } from '../cases-routes-options';
import { addCalendarOverride } from './add-calendar-override';
import { overrideBody, overrideDateParams, overridesQuery } from './calendar-overrides.schema';
import { listCalendarOverrides } from './list-calendar-overrides';
import { removeCalendarOverride } from './remove-calendar-override';

const tags = ['cases'];

export function registerCalendarOverrideRoutes(instance: FastifyInstance, ctx: CasesContext): void {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const canManage = requirePermission(CasesPermission.ManageCalendar);

  app.get('/api/cases/calendar-overrides', { preHandler: canManage, schema: { tags, summary: 'Working-day overrides of the zone (补班/调休)', querystring: overridesQuery } }, async (request) =>
    listCalendarOverrides(ctx, request.query.year),
  );

  app.post('/api/cases/calendar-overrides', { preHandler: canManage, schema: { tags, summary: 'Declare a day a working day or a day off', body: overrideBody } }, async (request, reply) =>
    reply.code(201).send(await addCalendarOverride(ctx, getAuth(request), request.body, auditMetaOf(request))),
  );

  app.delete('/api/cases/calendar-overrides/:date', { preHandler: canManage, schema: { tags, summary: 'Remove an override: the official calendar applies again', params: overrideDateParams } }, async (request, reply) => {
    await removeCalendarOverride(ctx, request.params.date, auditMetaOf(request));
    return reply.code(204).send();
  });
}

/**
 * 办件路由 — brings the module up (the workflow definitions, the work calendar with its overrides, the policy
 * catalogue and the territory router) and registers the routes: upload, submit, list, overdue, detail, actions,
 * rating, documents, deadline reminders (and schedules the deadline job). Each route: validate → authorize → use case → present.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { preferredReturn } from '../../platform/http/prefer';
import { loadCjkFont } from '../../platform/documents';
import { createPolicyCatalogueState } from '../policies';
import { createTerritoryState } from '../territory';
import { CasesPermission } from './cases.permissions';
import { actionBody, caseIdParams, listQuery, ratingBody, submitBody, uploadQuery } from './cases.schema';
import type { CasesContext, CasesRoutesOptions } from './cases-routes-options';
import { getCase, presentCase } from './get-case';
import { getCaseDocument } from './get-case-document';
import { listCases } from './list-cases';
import { listExperts } from './list-experts';
import { listOverdueCases } from './list-overdue-cases';
import { loadWorkCalendar } from './load-work-calendar';
import { registerCalendarOverrideRoutes } from './calendar/calendar-overrides.routes';
import { submitCase, type RequestMeta } from './submit-case';
import { presentActionOutcome } from './present-case-head';
import { takeAction, type ActionInput } from './take-action';
import { MATERIAL_LIMIT_BYTES, uploadMaterial } from './upload-material';
import { deadlineAlertsJob } from './deadlines/deadline-alerts.job';
import { listReminders } from './deadlines/list-reminders';
import { remindersQuery } from './deadlines/reminders.schema';
import { loadWorkflowCatalogue } from './workflow-catalogue';

const tags = ['cases'];
const UPLOAD_TYPES = ['application/octet-stream', 'application/pdf', 'image/png', 'image/jpeg', 'application/zip'];

export async function casesRoutes(instance: FastifyInstance, opts: CasesRoutesOptions): Promise<void> {
  // Without the CJK font the platform still runs; only actions that issue a document are refused (their
  // transaction rolls back with DOCUMENT_FONT_MISSING), so say so once at start rather than at the first case.
  try {
    loadCjkFont();
  } catch (error) {
    instance.log.warn({ err: error }, 'CJK font missing: official documents cannot be issued until it is installed (apt-get install fonts-noto-cjk, or set CJK_FONT_PATH)');
  }
  const { jobs, ...options } = opts;
  const workCalendar = await loadWorkCalendar(opts.pool, opts.zoneId);
  const ctx: CasesContext = {
    ...options,
    workflows: await loadWorkflowCatalogue(opts.pool, opts.zoneId),
    calendar: workCalendar.calendar,
    refreshCalendar: (how) => workCalendar.refresh(how),
    policies: createPolicyCatalogueState(opts.pool, opts.zoneId),
    territory: createTerritoryState(opts.pool, opts.zoneId),
    now: opts.now ?? (() => new Date()),
  };
  jobs?.schedule(deadlineAlertsJob(ctx));
  // Overrides changed on another node reach this one within seconds (a look at the table at most every 5 s).
  instance.addHook('onRequest', async () => ctx.refreshCalendar());
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: MATERIAL_LIMIT_BYTES }, (_request, body, done) => done(null, body));
  const canApply = requirePermission(CasesPermission.Apply);
  const canRead = requirePermission(CasesPermission.Read);
  const canAct = requirePermission(CasesPermission.Act);
  const canSupervise = requirePermission(CasesPermission.Supervise);

  app.post(
    '/api/cases/materials',
    { preHandler: canApply, bodyLimit: MATERIAL_LIMIT_BYTES, schema: { tags, summary: 'Upload one material (raw bytes); checked by content and size', querystring: uploadQuery } },
    async (request, reply) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const material = await uploadMaterial(ctx, getAuth(request), { ...request.query, content });
      const { caseId: _caseId, ...presented } = material;
      return reply.code(201).send(presented);
    },
  );

  app.post(
    '/api/cases',
    {
      preHandler: canApply,
      schema: { tags, summary: 'Submit an application (一门式受理); honours Idempotency-Key', body: submitBody, headers: z.looseObject({ 'idempotency-key': z.string().min(1).max(200).optional() }) },
    },
    async (request, reply) => {
      const auth = getAuth(request);
      const key = request.headers['idempotency-key'];
      const { id, created } = await submitCase(ctx, auth, { ...request.body, idempotencyKey: typeof key === 'string' ? key : null }, metaOf(request));
      return reply.code(created ? 201 : 200).send(await getCase(ctx, auth, id));
    },
  );

  app.get('/api/cases', { preHandler: canRead, schema: { tags, summary: 'Cases in my scope, with search and filters', querystring: listQuery } }, async (request) =>
    listCases(ctx, getAuth(request), { ...request.query, mine: request.query.mine === 'true' }),
  );

  app.get('/api/cases/overdue', { preHandler: canSupervise, schema: { tags, summary: 'Overdue open cases by body (督办)' } }, async (request) =>
    listOverdueCases(ctx, getAuth(request)),
  );

  app.get('/api/cases/reminders', { preHandler: canRead, schema: { tags, summary: 'Deadline reminders and escalations in my scope (时限提醒/督办)', querystring: remindersQuery } }, async (request) =>
    listReminders(ctx, getAuth(request), { ...request.query, mine: request.query.mine === 'true' }),
  );

  registerCalendarOverrideRoutes(instance, ctx);

  app.get('/api/cases/experts', { preHandler: canAct, schema: { tags, summary: 'The expert pool, for assigning a panel' } }, async () => ({
    items: await listExperts(ctx.pool),
  }));

  app.get('/api/cases/:id', { preHandler: canRead, schema: { tags, summary: 'A case with its timeline, deadlines and my abilities', params: caseIdParams } }, async (request) =>
    getCase(ctx, getAuth(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/actions',
    { preHandler: canAct, schema: { tags, summary: 'Take a workflow action; 409 when the version is stale', params: caseIdParams, body: actionBody } },
    async (request, reply) => {
      const { version, facts, materials, ...command } = request.body;
      const resubmission = command.action === 'resubmit' && (facts !== undefined || materials !== undefined) ? { facts: facts ?? {}, materials: materials ?? [] } : undefined;
      return answerAction(request, reply, request.params.id, { version, command, ...(resubmission ? { resubmission } : {}) });
    },
  );

  app.post(
    '/api/cases/:id/rating',
    { preHandler: canAct, schema: { tags, summary: 'Rate the service of a closed case (好差评)', params: caseIdParams, body: ratingBody } },
    async (request, reply) => {
      const { version, ...rating } = request.body;
      return answerAction(request, reply, request.params.id, { version, command: { action: 'rate', ...rating } });
    },
  );

  app.get(
    '/api/cases/:id/documents/:documentId.pdf',
    { preHandler: canRead, schema: { tags, summary: 'A document of the case as PDF', params: z.object({ id: z.string().max(64), documentId: z.string().max(64) }) } },
    async (request, reply) => {
      const document = await getCaseDocument(ctx, getAuth(request), request.params.id, request.params.documentId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${document.fileName}"`)
        .header('x-content-sha256', document.sha256)
        .send(document.content);
    },
  );

  /**
   * Takes the action and answers with the case page's view of the case after it, or, for a client that asked for
   * `Prefer: return=minimal` (RFC 7240: a bulk accept, an integration), with its head and the new timeline item.
   */
  async function answerAction(request: FastifyRequest, reply: FastifyReply, caseId: string, input: ActionInput) {
    const auth = getAuth(request);
    if (preferredReturn(request.headers.prefer) === 'minimal') {
      void reply.header('preference-applied', 'return=minimal');
      return presentActionOutcome(ctx, auth, await takeAction(ctx, auth, caseId, input, metaOf(request), 'row'));
    }
    return presentCase(ctx, auth, await takeAction(ctx, auth, caseId, input, metaOf(request)));
  }
}

function metaOf(request: FastifyRequest): RequestMeta {
  return { requestId: request.id, clientAddress: request.ip };
}

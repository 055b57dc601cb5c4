/**
 * 政策草案路由 — drafts and their simulation (policies.simulate), and publication as a new version (policies.edit).
 * Drafts and simulations cover the whole zone: they are the joint meeting's tools for a rule that applies everywhere.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePermission } from '../../platform/auth';
import { createDraft } from './create-draft';
import { deleteDraft } from './delete-draft';
import { exportSimulation } from './export-simulation';
import { listDrafts } from './list-drafts';
import { PoliciesPermission } from './policies.permissions';
import { draftBody, draftParams, policyParams } from './policies.schema';
import type { PoliciesContext } from './policies-routes-options';
import { policyActorOf } from './policy-audit';
import { presentSimulation } from './present-simulation';
import { publishDraft } from './publish-draft';
import { localeOf } from './request-context';
import { runSimulation } from './run-simulation';
import { updateDraft } from './update-draft';

const tags = ['policies'];

export async function draftRoutes(instance: FastifyInstance, opts: PoliciesContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId, state, registry } = opts;
  const canSimulate = requirePermission(PoliciesPermission.Simulate);
  const canEdit = requirePermission(PoliciesPermission.Edit);

  app.get(
    '/api/policies/:id/drafts',
    { preHandler: canSimulate, schema: { tags, summary: 'The drafts of a policy, newest first', params: policyParams } },
    async (request) => listDrafts(pool, zoneId, await state.current(), request.params.id),
  );

  app.post(
    '/api/policies/:id/drafts',
    { preHandler: canSimulate, schema: { tags, summary: 'New draft: new values of the policy’s own parameters from a date', params: policyParams, body: draftBody } },
    async (request, reply) =>
      reply.code(201).send(await createDraft(pool, zoneId, await state.current(), request.params.id, request.body, policyActorOf(request))),
  );

  app.put(
    '/api/policies/:id/drafts/:draftId',
    { preHandler: canSimulate, schema: { tags, summary: 'Replace a draft (not once published)', params: draftParams, body: draftBody } },
    async (request) => updateDraft(pool, zoneId, await state.current(), request.params.id, request.params.draftId, request.body, policyActorOf(request)),
  );

  app.delete(
    '/api/policies/:id/drafts/:draftId',
    { preHandler: canSimulate, schema: { tags, summary: 'Delete a draft (not once published)', params: draftParams } },
    async (request, reply) => {
      await deleteDraft(pool, zoneId, request.params.id, request.params.draftId, policyActorOf(request));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/policies/:id/drafts/:draftId/simulate',
    { preHandler: canSimulate, schema: { tags, summary: 'The draft against the version in force over the whole registry', params: draftParams } },
    async (request) => presentSimulation(await runSimulation(pool, zoneId, await registry.current(), await state.current(), request.params.id, request.params.draftId), localeOf(request)),
  );

  app.get(
    '/api/policies/:id/drafts/:draftId/simulation.xlsx',
    { preHandler: canSimulate, schema: { tags, summary: 'The simulation as Excel: summary, by town, body and industry, every change', params: draftParams } },
    async (request, reply) =>
      exportSimulation(reply, await runSimulation(pool, zoneId, await registry.current(), await state.current(), request.params.id, request.params.draftId), localeOf(request)),
  );

  app.post(
    '/api/policies/:id/drafts/:draftId/publish',
    { preHandler: canEdit, schema: { tags, summary: 'Publish the draft as a new version from its date; history is kept (audited)', params: draftParams } },
    async (request) => publishDraft(pool, zoneId, state, request.params.id, request.params.draftId, policyActorOf(request)),
  );
}

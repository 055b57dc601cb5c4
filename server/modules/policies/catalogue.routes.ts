/**
 * 政策目录路由 — the catalogue, a policy and the self-check (public: anyone may read the rules and try them), and the
 * policies the caller's own enterprise may qualify for (signed in; it reads only the caller's enterprise).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getAuth } from '../../platform/auth';
import { evaluateFacts } from './evaluate-facts';
import { getPolicy } from './get-policy';
import { listPolicies } from './list-policies';
import { listPoliciesForMe } from './list-policies-for-me';
import { asOfQuery, evaluateBody, listQuery, policyParams } from './policies.schema';
import type { PoliciesContext } from './policies-routes-options';
import { presentPolicyDetail } from './present-policy';
import { localeOf, todayInShanghai } from './request-context';

const tags = ['policies'];

export async function catalogueRoutes(instance: FastifyInstance, opts: PoliciesContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId, state } = opts;

  app.get(
    '/api/policies',
    { schema: { tags, summary: 'The policies in force on asOf (default today), optionally of one kind (public)', querystring: listQuery } },
    async (request) => listPolicies(await state.current(), { kind: request.query.kind, asOf: request.query.asOf ?? todayInShanghai() }),
  );

  app.get(
    '/api/policies/for-me',
    { schema: { tags, summary: 'Policies the enterprise the caller acts for qualifies or may qualify for, with reasons' } },
    async (request) => listPoliciesForMe(pool, zoneId, await state.current(), getAuth(request), todayInShanghai(), localeOf(request)),
  );

  app.get(
    '/api/policies/:id',
    { schema: { tags, summary: 'A policy: the version in force on asOf, its history, parameters, form, materials, rubric (public)', params: policyParams, querystring: asOfQuery } },
    async (request) => {
      const catalogue = await state.current();
      const { policy, version } = getPolicy(catalogue, request.params.id, request.query.asOf ?? todayInShanghai());
      return presentPolicyDetail(policy, version, catalogue.published.get(policy.id));
    },
  );

  app.post(
    '/api/policies/:id/evaluate',
    { schema: { tags, summary: 'Evaluate the policy for the facts given: result, amount, trace, plain-language reasons (public)', params: policyParams, body: evaluateBody } },
    async (request) =>
      evaluateFacts(await state.current(), request.params.id, request.body.facts, request.body.asOf ?? todayInShanghai(), localeOf(request)),
  );
}

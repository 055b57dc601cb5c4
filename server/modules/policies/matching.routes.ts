/** 政策找企业路由 — a policy's matching list and its Excel export, bounded by the caller's data scope (policies.match). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { exportMatches } from './export-matches';
import { listMatches } from './list-matches';
import { PoliciesPermission } from './policies.permissions';
import { matchesExportQuery, matchesQuery, policyParams } from './policies.schema';
import type { PoliciesContext } from './policies-routes-options';
import { localeOf, todayInShanghai } from './request-context';

const tags = ['policies'];

export async function matchingRoutes(instance: FastifyInstance, opts: PoliciesContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId, state, registry } = opts;
  const canMatch = requirePermission(PoliciesPermission.Match);

  app.get(
    '/api/policies/:id/matches',
    { preHandler: canMatch, schema: { tags, summary: 'Enterprises in scope that qualify or may qualify, with reasons (one page)', params: policyParams, querystring: matchesQuery } },
    async (request) => {
      const query = { ...request.query, asOf: request.query.asOf ?? todayInShanghai() };
      return listMatches(pool, zoneId, await registry.current(), await state.current(), getAuth(request), request.params.id, query, localeOf(request));
    },
  );

  app.get(
    '/api/policies/:id/matches.xlsx',
    { preHandler: canMatch, schema: { tags, summary: 'The whole matching list in scope as Excel, with reasons', params: policyParams, querystring: matchesExportQuery } },
    async (request, reply) => {
      const query = { ...request.query, asOf: request.query.asOf ?? todayInShanghai() };
      return exportMatches(reply, pool, zoneId, await registry.current(), await state.current(), getAuth(request), request.params.id, query, localeOf(request));
    },
  );
}

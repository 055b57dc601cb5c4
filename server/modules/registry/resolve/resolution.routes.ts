/**
 * 归并与审核路由 — a full resolution on demand; a reviewer's decision on a queued pair; splitting a record out of
 * an enterprise; placing an enterprise by hand. Each correction is scope-checked, audited, applied at once and
 * remembered for later resolutions.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CRS_NAMES, type Crs } from '../../../../core/territory';
import { getAuth, requirePermission } from '../../../platform/auth';
import type { TerritoryState } from '../../territory';
import { getEnterprise } from '../read/get-enterprise';
import { RegistryPermission } from '../registry.permissions';
import type { RegistryRoutesOptions } from '../registry-routes-options';
import { decideReviewItem } from './decide-review-item';
import { getReviewItem } from '../read/get-review-item';
import { auditMetaOf } from '../../../platform/audit';
import { resolveRegistry } from './resolve-registry';
import { setEnterpriseLocation } from './set-enterprise-location';
import { unmergeEnterprise } from './unmerge-enterprise';

const enterpriseParams = z.object({ id: z.string().trim().min(1).max(200) });

export async function resolutionRoutes(instance: FastifyInstance, opts: RegistryRoutesOptions & { territory: TerritoryState }): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId, territory } = opts;

  app.post(
    '/api/registry/resolution',
    { preHandler: requirePermission(RegistryPermission.Import), schema: { tags: ['registry'], summary: 'Re-run entity resolution over every source record, honouring reviewers’ decisions' } },
    async () => ({ stats: await resolveRegistry(pool, zoneId, await territory.current()) }),
  );

  app.post(
    '/api/registry/review/:id',
    {
      preHandler: requirePermission(RegistryPermission.Review),
      schema: {
        tags: ['registry'],
        summary: 'Decide a queued pair: the same firm (merged at once) or different firms; remembered by later resolutions',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: z.strictObject({ decision: z.enum(['same', 'different']) }),
      },
    },
    async (request) => {
      const auth = getAuth(request);
      await decideReviewItem(pool, zoneId, await territory.current(), auth, { itemId: request.params.id, decision: request.body.decision }, auditMetaOf(request));
      return { item: await getReviewItem(pool, zoneId, auth, request.params.id) };
    },
  );

  app.post(
    '/api/registry/enterprises/:id/unmerge',
    {
      preHandler: requirePermission(RegistryPermission.Review),
      schema: {
        tags: ['registry'],
        summary: 'Split one source record out of an enterprise into an enterprise of its own',
        params: enterpriseParams,
        body: z.strictObject({ recordId: z.string().trim().min(1).max(300) }),
      },
    },
    async (request) =>
      unmergeEnterprise(pool, zoneId, await territory.current(), getAuth(request), { enterpriseId: request.params.id, recordId: request.body.recordId }, auditMetaOf(request)),
  );

  app.put(
    '/api/registry/enterprises/:id/location',
    {
      preHandler: requirePermission(RegistryPermission.Review),
      schema: {
        tags: ['registry'],
        summary: 'Place an enterprise by hand, by a point or by its town; kept by later resolutions',
        params: enterpriseParams,
        body: z.union([
          z.strictObject({ lng: z.number().finite(), lat: z.number().finite(), crs: z.enum(CRS_NAMES as readonly [Crs, ...Crs[]]).optional() }),
          z.strictObject({ townCode: z.string().regex(/^\d{9}$/, 'must be a 9-digit town code') }),
        ]),
      },
    },
    async (request) => {
      const auth = getAuth(request);
      await setEnterpriseLocation(pool, zoneId, await territory.current(), auth, { enterpriseId: request.params.id, location: request.body }, auditMetaOf(request));
      return getEnterprise(pool, zoneId, auth, request.params.id);
    },
  );
}

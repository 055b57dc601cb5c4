/**
 * 导入路由 — the sources with their templates and last import; an upload (raw bytes, streamed to disk, checked
 * before anything is written, read in the background); the batches and their progress; a batch's rejection report.
 */
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../../core/errors';
import { attachmentDisposition } from '../../../platform/tabular';
import { getAuth, requirePermission } from '../../../platform/auth';
import { pickLocale } from '../../../platform/http/locale';
import { RegistryPermission } from '../registry.permissions';
import type { RegistryRoutesOptions } from '../registry-routes-options';
import { getBatch, listBatches, listLatestBatches } from './import-batches.repository';
import type { ImportJobs } from './import-jobs';
import { exportRejections } from './list-rejections';
import { openImport } from './open-import';
import { getRegistrySource, listRegistrySources } from './registry-sources.repository';
import { spoolUpload } from './spool-upload';

/** The media types an upload may be sent as; each is read as a stream, never buffered. */
export const UPLOAD_CONTENT_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export async function importRoutes(
  instance: FastifyInstance,
  opts: RegistryRoutesOptions & { jobs: ImportJobs; uploadLimitBytes: number },
): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId, jobs, uploadLimitBytes } = opts;
  app.addContentTypeParser(UPLOAD_CONTENT_TYPES, (_request, payload, done) => done(null, payload));

  app.get(
    '/api/registry/sources',
    { preHandler: requirePermission(RegistryPermission.Read), schema: { tags: ['registry'], summary: 'The data sources with their column-mapping templates and last import' } },
    async (request) => {
      const locale = pickLocale(request.headers['accept-language']);
      const [sources, latest] = await Promise.all([listRegistrySources(pool, zoneId), listLatestBatches(pool, zoneId, locale)]);
      return {
        items: sources.map((s) => ({
          id: s.id,
          name: s.name,
          nameEn: s.nameEn,
          trustRank: s.trustRank,
          isStatisticsDirectory: s.isStatisticsDirectory,
          mapping: { columns: s.template.columns, required: s.template.required },
          lastBatch: latest.get(s.id) ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/registry/imports',
    {
      preHandler: requirePermission(RegistryPermission.Import),
      schema: {
        tags: ['registry'],
        summary: 'Import a CSV or XLSX file of a source (raw bytes); 202 with the batch, or 200 with the earlier batch of the same file',
        querystring: z.object({
          source: z.string().trim().min(1).max(64),
          fileName: z.string().trim().min(1).max(255).default('upload'),
        }),
      },
    },
    async (request, reply) => {
      const auth = getAuth(request);
      const { source: sourceId, fileName } = request.query;
      await getRegistrySource(pool, zoneId, sourceId);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > uploadLimitBytes) throw new AppError('PAYLOAD_TOO_LARGE', { limit: uploadLimitBytes });
      // No body at all is an empty file (refused by readTable as such); a body of another type is not a file.
      const body = isStream(request.body) ? request.body : request.body === undefined ? Readable.from([]) : null;
      if (body === null) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: request.headers['content-type'] ?? '' });
      const spooled = await spoolUpload(body, opts.uploadDir, uploadLimitBytes);
      try {
        const opened = await openImport(pool, zoneId, { sourceId, file: { ...spooled, fileName }, startedBy: auth.user.id, maxBytes: uploadLimitBytes });
        if (opened.kind === 'duplicate') {
          await rm(spooled.path, { force: true });
          return reply.code(200).send({ ...opened.batch, duplicate: true });
        }
        jobs.start(opened.job, spooled.path);
        return reply.code(202).send(opened.job.batch);
      } catch (error) {
        await rm(spooled.path, { force: true });
        throw error;
      }
    },
  );

  app.get(
    '/api/registry/imports',
    {
      preHandler: requirePermission(RegistryPermission.Read),
      schema: { tags: ['registry'], summary: 'Import batches, newest first', querystring: z.object({ source: z.string().max(64).optional(), ...pageQuery }) },
    },
    async (request) =>
      listBatches(pool, zoneId, { sourceId: request.query.source, page: request.query.page, pageSize: request.query.pageSize }, pickLocale(request.headers['accept-language'])),
  );

  const batchParams = z.object({ id: z.coerce.number().int().positive() });

  app.get(
    '/api/registry/imports/:id',
    { preHandler: requirePermission(RegistryPermission.Read), schema: { tags: ['registry'], summary: 'One import batch with its progress', params: batchParams } },
    async (request) => getBatch(pool, zoneId, request.params.id, pickLocale(request.headers['accept-language'])),
  );

  app.get(
    '/api/registry/imports/:id/rejections.csv',
    {
      preHandler: requirePermission(RegistryPermission.Read),
      schema: { tags: ['registry'], summary: 'The rows and cells an import refused (行号, 列, 原因, 原始内容), UTF-8 CSV for Excel, in the language of Accept-Language', params: batchParams },
    },
    async (request, reply) => {
      const { fileName, csv } = await exportRejections(pool, zoneId, request.params.id, pickLocale(request.headers['accept-language']));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachmentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}

function isStream(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function';
}

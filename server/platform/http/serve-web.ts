import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../core/errors';
import { sendError } from './error-handler';

/**
 * Serves the built single-page UI. Unknown paths outside /api get index.html so that client-side routes survive a
 * reload; unknown /api paths keep their JSON 404.
 */
export async function serveWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ webDir }, 'web UI not built: run `npm run build`; serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    // Vite fingerprints asset names, so they may be cached for good; index.html must always be revalidated.
    setHeaders: (res, filePath) => {
      res.setHeader(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname.startsWith('/api/') || request.method !== 'GET') {
      return sendError(reply, request, new AppError('NOT_FOUND', { what: `${request.method} ${pathname}` }));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

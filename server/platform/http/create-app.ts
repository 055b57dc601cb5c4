import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from '../logger';
import { installErrorHandler, installNotFoundHandler } from './error-handler';
import { installSecurityHeaders } from './security-headers';
import { serveWeb } from './serve-web';

export interface AppOptions {
  logger: Logger;
  version: string;
  bodyLimitBytes: number;
  /** Folder of the built web UI; omitted or missing → the API alone is served. */
  webDir?: string;
  /** Registers the modules' routes; called once the platform plugins are in place. */
  registerModules: (app: FastifyInstance) => Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the Fastify app: platform plugins first, then the modules, then the web UI as the fallback. */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimitBytes,
    // A caller's request id is kept so a trace can cross systems; anything odd is replaced rather than logged.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installSecurityHeaders(app);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '张江科学城一体化管理服务平台 API / Zhangjiang Science City Platform API',
        version: options.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await options.registerModules(app);
  const spaIndex = options.webDir ? await serveWeb(app, options.webDir) : false;
  installNotFoundHandler(app, { spaIndex });
  return app;
}

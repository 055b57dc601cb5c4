import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../../../core/errors';
import { pickLocale } from './locale';

/** The body of every error response: `{ error: { code, message, requestId, details? } }`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: Record<string, unknown> };
}

/**
 * The one place where failures become HTTP responses. Everything the client did wrong becomes a 4xx naming the
 * problem; anything else is logged with its stack and answered with a generic 500 carrying the request id.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code, details: appError.details }, 'request rejected');
    return sendError(reply, request, appError);
  });
}

/**
 * Unknown paths: a JSON 404 under /api (and for anything but GET); with a built single-page UI, other GETs get its
 * index.html so that client-side routes survive a reload.
 */
export function installNotFoundHandler(app: FastifyInstance, options: { spaIndex: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (options.spaIndex && request.method === 'GET' && !pathname.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, request, new AppError('NOT_FOUND', { what: `${request.method} ${pathname}` }));
  });
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const locale = pickLocale(request.headers['accept-language']);
  const details = error.status >= 500 ? undefined : publicDetails(error);
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.localizedMessage(locale),
      requestId: request.id,
      ...(details ? { details } : {}),
    },
  };
  return reply.code(error.status).header('content-language', locale).send(body);
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const issues = error.validation.map((issue) => ({
      field: fieldName(part, issue.instancePath, issue.params),
      message: issue.message,
    }));
    return new AppError('VALIDATION_FAILED', {
      issues: issues.map((i) => `${i.field}: ${i.message}`),
      fields: issues,
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_JSON', { reason: error.message });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', { limit: request.routeOptions.bodyLimit });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: request.headers['content-type'] ?? '' });
  }
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('VALIDATION_FAILED', { issues: [error.message] });
  }
  return new AppError('INTERNAL', { requestId: request.id }, { cause: error });
}

// Zod reports `body/profile/name` style paths; an unknown key is reported on its parent with the key in params.
function fieldName(part: string, instancePath: string, params: unknown): string {
  const segments = instancePath.split('/').filter(Boolean);
  const keys = (params as { keys?: unknown } | undefined)?.keys;
  if (Array.isArray(keys) && keys.length > 0) segments.push(keys.join(','));
  return [part, ...segments].join('.');
}

function publicDetails(error: AppError): Record<string, unknown> | undefined {
  const entries = Object.entries(error.details).filter(([key]) => key !== 'requestId');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

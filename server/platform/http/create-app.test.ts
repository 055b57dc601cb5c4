import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { createLogger } from '../logger';
import { createApp } from './create-app';

let app: FastifyInstance;

beforeAll(async () => {
  app = await createApp({
    logger: createLogger('silent'),
    version: '9.9.9',
    bodyLimitBytes: 2048,
    registerModules: async (instance) => {
      const typed = instance.withTypeProvider<ZodTypeProvider>();
      typed.post(
        '/api/echo',
        { schema: { body: z.strictObject({ name: z.string().min(1), count: z.number().int() }) } },
        async (request) => ({ got: request.body }),
      );
      typed.get('/api/boom', async () => {
        throw new Error('secret internals');
      });
      typed.get('/api/forbidden', async () => {
        throw new AppError('FORBIDDEN');
      });
    },
  });
});
afterAll(() => app.close());

const post = (payload: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/echo', payload, headers: { 'content-type': 'application/json', ...headers } });

describe('the HTTP platform', () => {
  it('accepts a valid body', async () => {
    const res = await post(JSON.stringify({ name: 'a', count: 1 }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ got: { name: 'a', count: 1 } });
  });

  it.each([
    ['malformed JSON', '{"name":', 'MALFORMED_JSON', undefined],
    ['an unknown field', JSON.stringify({ name: 'a', count: 1, admin: true }), 'VALIDATION_FAILED', 'body.admin'],
    ['a wrong type', JSON.stringify({ name: 'a', count: 'one' }), 'VALIDATION_FAILED', 'body.count'],
    ['a missing field', JSON.stringify({ count: 1 }), 'VALIDATION_FAILED', 'body.name'],
  ])('answers %s with a 400 naming it', async (_label, payload, code, field) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.requestId).toBeTruthy();
    if (field) expect(body.error.message).toContain(field);
  });

  it('rejects a body over the limit with 413', async () => {
    const res = await post(JSON.stringify({ name: 'x'.repeat(4096), count: 1 }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('localizes messages by Accept-Language, Chinese by default', async () => {
    const zh = await app.inject({ method: 'GET', url: '/api/forbidden' });
    const en = await app.inject({ method: 'GET', url: '/api/forbidden', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(zh.statusCode).toBe(403);
    expect(zh.json().error.message).toBe('无权执行此操作');
    expect(en.json().error.message).toBe('You are not allowed to do this');
  });

  it('hides internals of an unexpected failure behind a 500 with the request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/boom', headers: { 'x-request-id': 'trace-123' } });
    expect(res.statusCode).toBe(500);
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.json().error).toMatchObject({ code: 'INTERNAL', requestId: 'trace-123' });
    expect(res.body).not.toContain('secret internals');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND' });
    expect(res.json().error.message).toContain('/api/nope');
  });

  it('sets security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/forbidden' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('publishes OpenAPI and the interactive docs', async () => {
    const spec = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().paths['/api/echo'].post.requestBody).toBeDefined();
    expect(spec.json().info.version).toBe('9.9.9');
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

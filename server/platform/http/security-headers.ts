import type { FastifyInstance } from 'fastify';

/**
 * Security headers, computed once. (@fastify/helmet rebuilt its middleware on every request, which cost more CPU
 * than the rest of a small API request together.) antd writes its CSS-in-JS as inline <style>; map and chart
 * libraries draw into blobs and workers; nothing is loaded from other origins.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "script-src-attr 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** The interactive API docs (Swagger UI) run an inline script of their own; only they get a looser policy. */
const DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.headers(HEADERS);
    if (request.url.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_CONTENT_SECURITY_POLICY);
    reply.header('x-request-id', request.id);
  });
}

/**
 * 公开接口 — the only /api routes callable without signing in. Everything else under /api answers 401 to an
 * anonymous caller. Adding a public route is a deliberate, reviewable line here.
 */
export interface PublicRoute {
  method: string;
  /** The route pattern as registered (e.g. `/api/zone/summary`); a trailing `*` matches a prefix. */
  url: string;
}

export const PUBLIC_API_ROUTES: readonly PublicRoute[] = [
  { method: 'GET', url: '/api/health' },
  { method: 'GET', url: '/api/openapi.json' },
  { method: 'GET', url: '/api/docs' },
  { method: 'GET', url: '/api/docs/*' },
  { method: 'GET', url: '/api/zone/summary' },
  { method: 'POST', url: '/api/auth/login' },
  // Enterprise self-registration: the account it creates stays pending until an intake officer verifies it.
  { method: 'POST', url: '/api/registrations' },
  // Policies are public rules (政策公开): anyone may read the catalogue and a policy, and check themselves against it.
  { method: 'GET', url: '/api/policies' },
  { method: 'GET', url: '/api/policies/:id' },
  { method: 'POST', url: '/api/policies/:id/evaluate' },
  // Checking a credit code reads no stored data: anyone may check one before registering or filling in a form.
  { method: 'GET', url: '/api/registry/credit-codes/:code' },
];

export function isPublicRoute(routes: readonly PublicRoute[], method: string, url: string): boolean {
  const verb = method === 'HEAD' ? 'GET' : method;
  return routes.some(
    (route) =>
      route.method === verb && (route.url.endsWith('*') ? url.startsWith(route.url.slice(0, -1)) : route.url === url),
  );
}

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
];

export function isPublicRoute(routes: readonly PublicRoute[], method: string, url: string): boolean {
  const verb = method === 'HEAD' ? 'GET' : method;
  return routes.some(
    (route) =>
      route.method === verb && (route.url.endsWith('*') ? url.startsWith(route.url.slice(0, -1)) : route.url === url),
  );
}

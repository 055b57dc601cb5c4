import { describe, expect, it } from 'vitest';
import { isPublicRoute, PUBLIC_API_ROUTES } from './public-routes';

describe('isPublicRoute', () => {
  it.each<[string, string, boolean]>([
    ['GET', '/api/health', true],
    ['HEAD', '/api/health', true],
    ['POST', '/api/health', false],
    ['POST', '/api/auth/login', true],
    ['GET', '/api/auth/me', false],
    ['POST', '/api/registrations', true],
    ['GET', '/api/registrations', false],
    ['POST', '/api/registrations/:id/verify', false],
    ['GET', '/api/docs/static/index.html', true],
    ['GET', '/api/docsx', false],
    ['GET', '/api/zone/summary', true],
    ['GET', '/api/policies', true],
    ['GET', '/api/policies/:id', true],
    ['POST', '/api/policies/:id/evaluate', true],
    ['GET', '/api/policies/for-me', false],
    ['GET', '/api/policies/:id/matches', false],
    ['POST', '/api/policies/:id/drafts', false],
  ])('%s %s → %s', (method, url, expected) => {
    expect(isPublicRoute(PUBLIC_API_ROUTES, method, url)).toBe(expected);
  });
});

import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, onSessionLost, requestJson, sendJson, setCsrfToken, toQuery } from './api';

beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: { errors: { network: 'offline' } } } } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('requestJson', () => {
  it('returns the JSON body and sends the UI language', async () => {
    const fetchMock = stubFetch(json(200, { status: 'ok' }));
    await expect(requestJson('/api/health')).resolves.toEqual({ status: 'ok' });
    const init = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init[1].headers).get('accept-language')).toBe('en');
  });

  it.each([
    {
      name: 'an error body keeps the server code, message and request id',
      response: json(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'Database unavailable', requestId: 'r-1' } }),
      expected: { code: 'DATABASE_UNAVAILABLE', message: 'Database unavailable', status: 503, requestId: 'r-1' },
    },
    {
      name: 'a page that is not JSON (a proxy error) becomes BAD_RESPONSE',
      response: new Response('<html>Bad gateway</html>', { status: 502 }),
      expected: { code: 'BAD_RESPONSE', status: 502 },
    },
    {
      name: 'JSON without the error envelope becomes BAD_RESPONSE',
      response: json(500, { message: 'boom' }),
      expected: { code: 'BAD_RESPONSE', status: 500 },
    },
    {
      name: 'no answer at all becomes NETWORK with a localized message',
      response: new TypeError('Failed to fetch'),
      expected: { code: 'NETWORK', message: 'offline', status: 0 },
    },
  ])('$name', async ({ response, expected }) => {
    stubFetch(response);
    const error = await requestJson('/api/zone/summary').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject(expected);
  });
});

describe('session handling', () => {
  afterEach(() => setCsrfToken(null));

  it.each([
    ['GET', null],
    ['POST', 'token-1'],
    ['DELETE', 'token-1'],
  ])('%s sends X-CSRF-Token: %s', async (method, expected) => {
    setCsrfToken('token-1');
    const fetchMock = stubFetch(json(200, {}));
    await requestJson('/api/x', { method });
    const init = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init[1].headers).get('x-csrf-token')).toBe(expected);
  });

  it('answers undefined for 204 No Content', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(sendJson('/api/auth/logout', 'POST')).resolves.toBeUndefined();
  });

  it.each([
    ['SESSION_EXPIRED', 1],
    ['UNAUTHENTICATED', 1],
    ['LOGIN_FAILED', 0],
  ])('a 401 %s tells the session listeners %i time(s)', async (code, times) => {
    const listener = vi.fn();
    const unsubscribe = onSessionLost(listener);
    stubFetch(json(401, { error: { code, message: 'no' } }));
    await expect(requestJson('/api/users')).rejects.toMatchObject({ code, status: 401 });
    unsubscribe();
    expect(listener).toHaveBeenCalledTimes(times);
  });
});

describe('toQuery', () => {
  it.each([
    [{}, ''],
    [{ page: 2, q: '' }, '?page=2'],
    [{ q: '金桥', status: undefined, unit: null }, '?q=%E9%87%91%E6%A1%A5'],
  ])('%j → %s', (params, expected) => {
    expect(toQuery(params)).toBe(expected);
  });
});

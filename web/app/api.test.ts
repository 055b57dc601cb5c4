import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, requestJson } from './api';

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

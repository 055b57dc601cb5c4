import i18n from 'i18next';
import { currentLanguage } from './i18n/language';

/**
 * 接口错误 — a failed API call as the UI sees it. `code` is the server's stable error code, or NETWORK /
 * BAD_RESPONSE when no well-formed answer came back; `message` is already in the user's language.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly requestId?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error: { code: string; message: string; requestId?: string; details?: Record<string, unknown> };
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** The codes that mean "no valid session": the UI returns to the login page and, after it, to the page it was on. */
const SESSION_LOST_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

// The CSRF token lives in memory only (never in storage a script of another page could read); a reload asks
// /api/auth/me again, which hands it back.
let csrfToken: string | null = null;
const sessionLostListeners = new Set<(error: ApiError) => void>();

/** Set by the auth provider from login and me; sent as X-CSRF-Token on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the server answers 401 UNAUTHENTICATED or SESSION_EXPIRED; returns the unsubscribe. */
export function onSessionLost(listener: (error: ApiError) => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

function buildHeaders(init: RequestInit): Headers {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', currentLanguage());
  if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return headers;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: buildHeaders(init), credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('NETWORK', i18n.t('errors.network'), 0);
  }
}

function errorOf(response: Response, body: unknown): ApiError {
  if (!isErrorBody(body)) {
    return new ApiError('BAD_RESPONSE', i18n.t('errors.badResponse', { status: response.status }), response.status);
  }
  const { code, message, requestId, details } = body.error;
  const error = new ApiError(code, message, response.status, requestId, details);
  if (response.status === 401 && SESSION_LOST_CODES.has(code)) for (const listener of sessionLostListeners) listener(error);
  return error;
}

/**
 * Calls the platform API and returns its JSON (undefined for 204 No Content). Every call carries the UI language
 * so the server answers (and words its errors) in it; a failure always arrives as an ApiError, never as a raw
 * fetch exception.
 */
export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init);
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  throw errorOf(response, body);
}

/** A state-changing call with a JSON body (an empty object when none is given). */
export function sendJson<T>(path: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', body?: unknown): Promise<T> {
  return requestJson<T>(path, { method, body: method === 'DELETE' && body === undefined ? undefined : JSON.stringify(body ?? {}) });
}

/**
 * Downloads a file the API produces (CSV exports) with the session's cookie, and saves it under the name the server
 * gives; errors arrive as ApiError, like every other call, instead of a JSON page opening in the tab.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await send(path, {});
  if (!response.ok) throw errorOf(response, await response.json().catch(() => undefined));
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  // RFC 5987 `filename*` carries the real (Chinese) name; plain `filename` is only the server's ASCII fallback.
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (/filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A query string from the defined, non-empty values of `params` (with the leading "?" when there are any). */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

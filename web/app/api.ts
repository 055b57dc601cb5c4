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

/**
 * Calls the platform API and returns its JSON. Every call carries the UI language so the server answers
 * (and words its errors) in it; a failure always arrives as an ApiError, never as a raw fetch exception.
 */
export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', currentLanguage());
  if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('NETWORK', i18n.t('errors.network'), 0);
  }

  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  if (isErrorBody(body)) {
    const { code, message, requestId, details } = body.error;
    throw new ApiError(code, message, response.status, requestId, details);
  }
  throw new ApiError('BAD_RESPONSE', i18n.t('errors.badResponse', { status: response.status }), response.status);
}

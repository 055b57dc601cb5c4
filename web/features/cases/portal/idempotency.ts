/**
 * 幂等键 — one key per submission attempt: a retry after a lost answer (network failure, a server error, a timeout)
 * sends the same key, so the server returns the case it may already have created instead of a second one; once
 * the server has answered definitely (created, or refused the input), the next submission is a new attempt.
 */
import { ApiError } from '../../../app/api';

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Whether the next submission must send the same key again: the outcome of this one is not known. */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === 'NETWORK' || error.code === 'BAD_RESPONSE' || error.status >= 500 || error.status === 0;
}

/**
 * 拒收原因 — why an import refused a row or dropped a cell: a code of the registry's error catalogue with the
 * details its message needs. Stored as that code (JSON in the rejection's reason column) and rendered when read,
 * so the report follows the reader's language, not the importer's.
 */
import { ErrorCode, renderErrorMessage, type ErrorDetails, type Locale } from '../../errors';

/** 拒收原因 — a catalogue code and its details. */
export interface RejectionReason {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
}

export function storeRejectionReason(reason: RejectionReason): string {
  return JSON.stringify({ code: reason.code, details: reason.details });
}

/**
 * A stored reason in the reader's language. Batches imported before reasons were coded kept Chinese text: it is
 * shown as it is.
 */
export function renderRejectionReason(stored: string, locale: Locale): string {
  const reason = parseReason(stored);
  return reason === null ? stored : renderErrorMessage(reason.code, reason.details, locale);
}

function parseReason(stored: string): RejectionReason | null {
  if (!stored.startsWith('{')) return null;
  try {
    const value = JSON.parse(stored) as { code?: unknown; details?: unknown };
    if (typeof value.code !== 'string' || !Object.hasOwn(ErrorCode, value.code)) return null;
    const details = typeof value.details === 'object' && value.details !== null ? (value.details as ErrorDetails) : {};
    return { code: value.code as ErrorCode, details };
  } catch {
    return null;
  }
}

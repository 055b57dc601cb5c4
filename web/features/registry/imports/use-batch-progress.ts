import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, requestJson } from '../../../app/api';
import type { Batch } from '../registry-api';

const pollMs = 1_000;
// A dropped connection is worth waiting out; any other failure (the batch gone, access withdrawn) ends the polling.
const networkRetryMs = 3_000;

/**
 * 导入进度 — follows one import batch: asks GET /api/registry/imports/:id every second while it runs, stops when it is
 * done or failed, and asks once more when the UI language changes so that a failure reads in the new language.
 * `initial` is the batch the upload answered with, shown at once; the caller keys the component by batch id, so
 * that a new batch starts from its own initial state.
 */
export function useBatchProgress(batchId: string | undefined, initial?: Batch, onSettled?: (batch: Batch) => void) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [batch, setBatch] = useState<Batch | undefined>(initial);
  const [error, setError] = useState<ApiError>();
  const settled = useRef(onSettled);
  settled.current = onSettled;
  const initialRunning = useRef(initial?.status === 'running');

  useEffect(() => {
    if (batchId === undefined) {
      setBatch(undefined);
      return undefined;
    }
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Only a run seen to finish is news to the caller; a batch finished long ago is merely shown.
    let wasRunning = initialRunning.current;
    const poll = async () => {
      try {
        const next = await requestJson<Batch>(`/api/registry/imports/${encodeURIComponent(batchId)}`, { signal: controller.signal });
        setBatch(next);
        setError(undefined);
        if (next.status === 'running') {
          wasRunning = true;
          timer = setTimeout(() => void poll(), pollMs);
        } else if (wasRunning) {
          wasRunning = false;
          settled.current?.(next);
        }
      } catch (failure) {
        if (controller.signal.aborted) return;
        const apiError = failure instanceof ApiError ? failure : new ApiError('BAD_RESPONSE', String(failure), 0);
        setError(apiError);
        if (apiError.code === 'NETWORK') timer = setTimeout(() => void poll(), networkRetryMs);
      }
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [batchId, language]);

  return { batch: batch !== undefined && String(batch.id) === batchId ? batch : undefined, error };
}

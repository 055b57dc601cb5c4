import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, requestJson } from './api';

/** What a page knows about one GET while it loads, after it loaded, or after it failed. */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Loads `path` and reloads it when the UI language changes (the server localizes messages). Data already on
 * screen stays there during a reload, so switching the language does not flash a skeleton. A null path loads
 * nothing (for data the user may not read).
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<ApiState<T>, 'reload'>>({
    data: undefined,
    error: undefined,
    isLoading: path !== null,
  });

  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    requestJson<T>(path, { signal: controller.signal }).then(
      (data) => setState({ data, error: undefined, isLoading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError('BAD_RESPONSE', String(error), 0);
        setState({ data: undefined, error: apiError, isLoading: false });
      },
    );
    return () => controller.abort();
  }, [path, language, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

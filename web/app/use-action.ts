import { App } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from './api';

/** What useAction gives a component: `run` one action at a time, and which one is running. */
export interface ActionRunner {
  /**
   * Runs `action`; on success shows `success` (a text, or one made from the result) and resolves true, on failure
   * shows the server's message and resolves false.
   */
  run<T>(key: string, action: () => Promise<T>, success?: string | ((result: T) => string)): Promise<boolean>;
  /** The key of the action in flight, for its button's spinner. */
  pending: string | null;
}

/**
 * A button's action against the API: a spinner while it runs, the server's message (already localized) when it
 * fails, a short confirmation when it succeeds.
 */
export function useAction(): ActionRunner {
  const { message } = App.useApp();
  const [pending, setPending] = useState<string | null>(null);
  const run = useCallback(
    async <T>(key: string, action: () => Promise<T>, success?: string | ((result: T) => string)) => {
      setPending(key);
      try {
        const result = await action();
        if (success) void message.success(typeof success === 'string' ? success : success(result));
        return true;
      } catch (error) {
        void message.error(error instanceof ApiError ? error.message : String(error));
        return false;
      } finally {
        setPending(null);
      }
    },
    [message],
  );
  return { run, pending };
}

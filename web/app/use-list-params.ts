import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the address (?q=…&page=…): a reload, a shared link, or a return from the
 * login page after the session expired all land on the same page of the same list.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<K, string | undefined>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20));

  const update = useCallback(
    (changes: Partial<Record<K | 'page' | 'pageSize', string | number | undefined | null>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          // Any filter change starts again from the first page.
          if (!('page' in changes)) next.delete('page');
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { values, page, pageSize, update };
}

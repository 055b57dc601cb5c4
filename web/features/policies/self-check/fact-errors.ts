/**
 * 事实错误 — the facts a 400 from evaluate names (POLICY_FACTS_INVALID / FACTS_INVALID), placed beside the form
 * fields they concern: `details.invalid` as `{ fact, reason }`, or `details.facts` as "name: reason" lines.
 * Facts that are no field of the form stay with the message above it.
 */
import type { ApiError } from '../../../app/api';

export interface FactFieldError {
  name: string;
  errors: string[];
}

function issuesOf(details: Record<string, unknown>): { fact: string; reason: string }[] {
  if (Array.isArray(details.invalid)) {
    return details.invalid.flatMap((issue: unknown) => {
      const { fact, reason } = (issue ?? {}) as { fact?: unknown; reason?: unknown };
      return typeof fact === 'string' ? [{ fact, reason: typeof reason === 'string' ? reason : '' }] : [];
    });
  }
  if (Array.isArray(details.facts)) {
    return details.facts.flatMap((line: unknown) => {
      if (typeof line !== 'string') return [];
      const at = line.indexOf(': ');
      return at > 0 ? [{ fact: line.slice(0, at), reason: line.slice(at + 2) }] : [{ fact: line, reason: '' }];
    });
  }
  return [];
}

export function factFieldErrors(error: ApiError, fieldNames: readonly string[]): FactFieldError[] {
  const found = new Map<string, string[]>();
  for (const { fact, reason } of issuesOf(error.details ?? {})) {
    if (!fieldNames.includes(fact)) continue;
    found.set(fact, [...(found.get(fact) ?? []), reason || error.message]);
  }
  return [...found].map(([name, errors]) => ({ name, errors }));
}

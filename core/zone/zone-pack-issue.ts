/**
 * 配置包问题 — one problem found in a zone pack, named by file and field so an operator can go straight to it:
 * `organisations.yaml` `units[12].parent`: `unknown unit "foo"`.
 */
import type { z } from 'zod';

export interface ZonePackIssue {
  /** The file, relative to the pack folder (e.g. `geo/towns.geojson`). */
  file: string;
  /** The field, as `units[12].parent`; empty when the whole file is at fault. */
  path: string;
  reason: string;
}

export type PathSegment = string | number;

/** `['units', 12, 'parent']` → `units[12].parent`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Turns zod's issues for one file into pack issues; an unknown key is reported at the key itself. */
export function describeZodIssues(file: string, error: z.ZodError): ZonePackIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        path: formatIssuePath([...issue.path, key]),
        reason: `unknown field "${key}"`,
      }));
    }
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.path.length > 0) {
      const options = (issue as { options?: unknown[] }).options ?? [];
      return [{ file, path: formatIssuePath(issue.path), reason: `must be one of: ${options.join(', ')}` }];
    }
    // Parsed with reportInput, so an absent field shows as an issue whose input is undefined.
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined) {
      return [{ file, path: formatIssuePath(issue.path), reason: 'required field is missing' }];
    }
    return [{ file, path: formatIssuePath(issue.path), reason: issue.message }];
  });
}

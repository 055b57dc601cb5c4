/**
 * 节点解析工具 — shared by the expression, condition and amount parsers: a node is a mapping with exactly one
 * operator key (`gte:`, `all:`, `share:` …) and, for conditions and amounts, a few metadata keys. Problems are
 * collected with the path to the field, never thrown, so one load reports every mistake at once.
 */
import { z } from 'zod';
import { describeZodIssues, formatIssuePath, type PathSegment } from '../zone/zone-pack-issue';
import { idSchema, legalRefSchema } from './catalog-files.schema';
import type { NodeMeta } from './rule-ast';

/** 规则问题 — a problem in a rule body, by path (the caller adds the file). */
export interface RuleIssue {
  path: string;
  reason: string;
}

export type Segments = readonly PathSegment[];

export function formatPath(segments: Segments): string {
  return formatIssuePath(segments);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Appends a zod-formatted suffix (`left`, `[2].rate`) to a path. */
function joinPath(prefix: string, suffix: string): string {
  if (suffix === '') return prefix;
  if (prefix === '') return suffix;
  return suffix.startsWith('[') ? `${prefix}${suffix}` : `${prefix}.${suffix}`;
}

/** Validates `value` with a zod schema, reporting problems under `path`. */
export function checkShape<S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: Segments,
  issues: RuleIssue[],
): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const prefix = formatPath(path);
  for (const issue of describeZodIssues('', result.error)) issues.push({ path: joinPath(prefix, issue.path), reason: issue.reason });
  return undefined;
}

/**
 * Finds the node's one operator. Keys that are neither operators nor allowed metadata are reported as unknown;
 * the rest of the mapping (metadata) is returned for the caller to check.
 */
export function pickOperator(
  input: unknown,
  operators: readonly string[],
  metaKeys: readonly string[],
  path: Segments,
  issues: RuleIssue[],
  what: string,
): { op: string; body: unknown; meta: Record<string, unknown> } | undefined {
  if (input === undefined || input === null) {
    issues.push({ path: formatPath(path), reason: 'required field is missing' });
    return undefined;
  }
  if (!isPlainObject(input)) {
    issues.push({ path: formatPath(path), reason: `expected ${what} (a mapping with one of: ${operators.join(', ')})` });
    return undefined;
  }
  const keys = Object.keys(input);
  const found = keys.filter((key) => operators.includes(key));
  const unknown = keys.filter((key) => !operators.includes(key) && !metaKeys.includes(key));
  for (const key of unknown) {
    issues.push({ path: formatPath([...path, key]), reason: `unknown operator or field "${key}"; expected one of: ${operators.join(', ')}` });
  }
  if (found.length > 1) {
    issues.push({ path: formatPath(path), reason: `one operator per node, found ${found.join(', ')}` });
    return undefined;
  }
  const op = found[0];
  if (op === undefined) {
    if (unknown.length === 0) issues.push({ path: formatPath(path), reason: `expected ${what}: one of ${operators.join(', ')}` });
    return undefined;
  }
  if (unknown.length > 0) return undefined;
  const meta: Record<string, unknown> = {};
  for (const key of keys) if (key !== op) meta[key] = input[key];
  return { op, body: input[op], meta };
}

const text = z.string().trim().min(1, 'must not be empty');
export const CONDITION_META_KEYS = ['id', 'label', 'labelEn', 'legalRef'] as const;

const metaSchema = z
  .strictObject({ id: idSchema.optional(), label: text.optional(), labelEn: text.optional(), legalRef: legalRefSchema.optional() })
  .refine((meta) => (meta.label === undefined) === (meta.labelEn === undefined), {
    message: 'give label and labelEn together',
    path: ['labelEn'],
  });

/** Checks a node's metadata; the path string is stored on the node. */
export function parseMeta(meta: Record<string, unknown>, path: Segments, issues: RuleIssue[]): NodeMeta | undefined {
  const parsed = checkShape(metaSchema, meta, path, issues);
  if (!parsed) return undefined;
  return {
    path: formatPath(path),
    ...(parsed.id !== undefined ? { id: parsed.id } : {}),
    ...(parsed.label !== undefined && parsed.labelEn !== undefined ? { label: { zh: parsed.label, en: parsed.labelEn } } : {}),
    ...(parsed.legalRef ? { legalRef: parsed.legalRef } : {}),
  };
}

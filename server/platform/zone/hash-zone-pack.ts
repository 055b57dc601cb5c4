/**
 * 配置包指纹 — a content hash of a validated zone pack. Computed over a canonical JSON form (keys sorted) of the
 * parsed data, so whitespace, comments and key order in the files do not count as changes, while any fact does.
 */
import { createHash } from 'node:crypto';
import type { ZonePack } from '../../../core/zone';

export function hashZonePack(pack: ZonePack): string {
  // Only the pack's data: a loaded pack also carries its folder, which must not change the hash.
  // Absent optional files drop out of the canonical form, so a pack without them keeps its earlier hash.
  // Policies count by their validated catalogue, not their text: a comment in a rule file changes nothing.
  const { zone, units, responsibilities, layers, gazetteer, routing, registry, workflows } = pack;
  return hashJson({ zone, units, responsibilities, layers, gazetteer, routing, policies: pack.policies?.catalog, registry, workflows });
}

/** sha256 (hex) of a value's canonical JSON. */
export function hashJson(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

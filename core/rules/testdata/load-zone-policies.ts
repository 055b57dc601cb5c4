/** Test helper: reads zones/<zone>/policies/*.yaml (tests may read files; the library may not). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicyCatalog } from '../parse-policy-catalog';
import type { PolicyCatalog } from '../policy-types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ZONES_DIR = path.resolve(here, '../../../zones');

export function readPolicyDocuments(zone = 'zhangjiang'): { file: string; text: string }[] {
  const dir = path.join(ZONES_DIR, zone, 'policies');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: `policies/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
}

export function loadZonePolicies(zone = 'zhangjiang'): PolicyCatalog {
  const result = parsePolicyCatalog(readPolicyDocuments(zone));
  if (!result.ok) throw new Error(`policy catalogue does not load:\n${result.issues.map((i) => `${i.file} ${i.path}: ${i.reason}`).join('\n')}`);
  return result.catalog;
}

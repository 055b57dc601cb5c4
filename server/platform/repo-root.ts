import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'zjsc-platform';

/**
 * The checkout's root folder (zones/, db/migrations/, web/dist/, package.json): the nearest folder above this module
 * whose package.json is ours. Found by walking up rather than by a fixed `../..`, because the same code runs from its
 * source files (through tsx) and from the bundle that bin/zjsc.js builds into .build/.
 */
export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path under the repository root. */
export function repoPath(...segments: string[]): string {
  return path.join(REPO_ROOT, ...segments);
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no ${PACKAGE_NAME} package.json above ${start}`);
  }
}

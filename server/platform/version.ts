import { readFileSync } from 'node:fs';
import { repoPath } from './repo-root';

/** The platform's version, from package.json, read once. */
export const VERSION: string = (
  JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }
).version;

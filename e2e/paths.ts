import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder the tests are started from. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Scratch space of the journeys (git-ignored): server data, logs, screenshots. */
export const tmpDir = fileURLToPath(new URL('../.tmp/', import.meta.url));

export const screenshotDir = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url));

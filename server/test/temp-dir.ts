import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './test-server';

/** A fresh directory under .tmp/ for one test (so it survives on failure for a look, and is cleared next time). */
export async function createTempDir(name: string): Promise<string> {
  const dir = path.join(REPO_ROOT, '.tmp', 'db-tests', `${name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

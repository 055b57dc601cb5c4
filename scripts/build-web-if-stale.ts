/**
 * Builds the web UI when web/dist is missing or older than any file under web/: `npm start` runs this first, so
 * the two commands of the README give a working UI on a fresh checkout, and a start without changes costs nothing.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));

export async function buildWebIfStale(): Promise<boolean> {
  const builtIndex = path.join(webDir, 'dist', 'index.html');
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  if (builtAt > 0 && newestSourceTime(webDir) <= builtAt) return false;
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds set: under vitest (NODE_ENV=test) it would build React's and antd's development
  // bundles into web/dist, which `npm start` would then serve.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (await buildWebIfStale()) console.log('web UI built into web/dist');
}

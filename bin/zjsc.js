#!/usr/bin/env -S node --max-semi-space-size=128
// The `zjsc` command. It runs with 128 MB semi-spaces (as does `npm start`): a registry import or resolution makes
// millions of short-lived strings and objects, and with V8's default young generation (16 MB semi-spaces) too many of
// them outlive a scavenge, are promoted, and make every old-generation collection walk a heap that only grows. The
// million-record run of bench/registry/end-to-end took 108 s with the default and 101 s with this (median of three;
// node's CPU 82 s against 73 s); a quiet server's young generation stays small, as V8 grows it only as asked.
// The server is TypeScript. Loading it through tsx costs about two seconds of every start, so the
// first run after a change bundles server/ and core/ with esbuild into .build/zjsc.mjs (about a second) and later
// runs load that bundle. There is still no build step to forget: a bundle older than any source is rebuilt here, and
// if bundling fails the command runs the sources through tsx as before.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = path.join(root, '.build', 'zjsc.mjs');

await import(pathToFileURL((await freshBundle()) ?? (await viaTsx())).href);

async function freshBundle() {
  if (process.env.ZJSC_NO_BUNDLE === '1') return undefined;
  const builtAt = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const sourcesAt = Math.max(newest(path.join(root, 'server')), newest(path.join(root, 'core')), statSync(path.join(root, 'package.json')).mtimeMs);
  if (builtAt > sourcesAt) return bundle;
  try {
    const { build } = await import('esbuild');
    const dependencies = Object.keys((await import(pathToFileURL(path.join(root, 'package.json')).href, { with: { type: 'json' } })).default.dependencies);
    // Packages stay external (loaded from node_modules), except the holiday table, a JSON file imported as data.
    const temporary = `${bundle}.${process.pid}.tmp`;
    mkdirSync(path.dirname(bundle), { recursive: true });
    await build({
      entryPoints: [path.join(root, 'server', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: temporary,
      external: dependencies.filter((name) => name !== 'chinese-days'),
      logLevel: 'silent',
    });
    // Atomic, so concurrent first runs never load a half-written bundle.
    renameSync(temporary, bundle);
    return bundle;
  } catch (error) {
    process.emitWarning(`zjsc: could not bundle the server (${error instanceof Error ? error.message : error}); running the sources through tsx`);
    return undefined;
  }
}

async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return path.join(root, 'server', 'cli', 'main.ts');
}

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const at = entry.isDirectory() ? newest(full) : entry.name.endsWith('.ts') ? statSync(full).mtimeMs : 0;
    if (at > time) time = at;
  }
  return time;
}

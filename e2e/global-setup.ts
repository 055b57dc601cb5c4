import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../scripts/build-web-if-stale';
import { getEmbeddedPaths } from '../server/platform/db/embedded-data-dir';
import { EMBEDDED_DATABASE_NAME, EMBEDDED_SUPERUSER } from '../server/platform/db/embedded-supervisor';
import { findFreePort } from '../server/test/run-cli';
import { repoRoot, tmpDir } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the journeys find the platform, e.g. http://127.0.0.1:41234. */
    baseUrl: string;
    /**
     * The platform's database, for a journey that must set up what only time would bring (a clock running out);
     * '' when the platform is external and E2E_DATABASE_URL is not given.
     */
    databaseUrl: string;
  }
}

const startTimeoutMs = 90_000;
const stopTimeoutMs = 20_000;

/**
 * Starts the real platform for the browser journeys: `node bin/zjsc.js start` on a free port with a fresh data
 * dir (so the journey sees a cold first start, as a new user would), or uses E2E_BASE_URL when given.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('databaseUrl', process.env.E2E_DATABASE_URL ?? '');
    return undefined;
  }

  await buildWebIfStale();
  const port = await findFreePort();
  const dataDir = path.join(tmpDir, 'e2e-data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });

  const logFile = path.join(tmpDir, 'e2e-server.log');
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    // Its own embedded PostgreSQL port too, so a developer's running `npm start` does not collide with the journey.
    EMBEDDED_DB_PORT: process.env.EMBEDDED_DB_PORT ?? String(await findFreePort()),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  // The journey checks what `npm start` gives a new user: the embedded database, unless told otherwise.
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

  const server = spawn(process.execPath, ['bin/zjsc.js', 'start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;

  try {
    await waitForHealthy(baseUrl, server, logFile);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', env.DATABASE_URL ?? embeddedDatabaseUrl(dataDir, env.EMBEDDED_DB_PORT!));
  return async () => {
    await stopServer(server);
    log.end();
  };
}

async function waitForHealthy(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  let exited: string | undefined;
  // 'close' comes after the child's output is drained, so the log already holds its last words.
  server.once('close', (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  while (Date.now() < deadline) {
    if (exited) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the file stream write what it was given
      throw new Error(`The platform ${exited} before it became healthy (${logFile}):\n${tailOf(logFile)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The platform did not answer /api/health within ${startTimeoutMs / 1000} s; see ${logFile}`);
}

/** The embedded database the platform started, with the password it generated beside its cluster. */
function embeddedDatabaseUrl(dataDir: string, port: string): string {
  const password = readFileSync(getEmbeddedPaths(dataDir).passwordFile, 'utf8').trim();
  return `postgres://${EMBEDDED_SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
}

/** The last lines the server wrote: usually the one line that says what went wrong. */
function tailOf(file: string, lines = 5): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** SIGTERM lets the server stop its embedded PostgreSQL cleanly; SIGKILL only if it hangs. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

/** The server serves web/dist; rebuild it when any web source is newer, so a journey never tests stale UI. */

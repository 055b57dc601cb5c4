import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { AppError } from '../../../core/errors';

/** How long an orphaned postmaster gets for a fast shutdown before harder signals. */
const ORPHAN_FAST_SHUTDOWN_MS = 10_000;
const ORPHAN_IMMEDIATE_SHUTDOWN_MS = 5_000;

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return readProcessState(pid) !== 'Z';
}

/** A killed orphan stays a zombie until its new parent reaps it, and some container inits never do. */
function readProcessState(pid: number): string | undefined {
  try {
    // Synchronous on purpose: /proc reads do not block, and callers poll.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

export function readParentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

export async function readCommandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    // No /proc (macOS): ask ps.
    try {
      const { stdout } = await promisify(execFile)('ps', ['-p', String(pid), '-o', 'command=']);
      return stdout.trim() || undefined;
    } catch {
      return undefined;
    }
  }
}

export async function readPidFile(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).split('\n')[0]?.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Signals a postmaster with escalating urgency: fast shutdown, then immediate shutdown, then SIGKILL. */
export async function shutDownPostmaster(pid: number, fastTimeoutMs = ORPHAN_FAST_SHUTDOWN_MS): Promise<string> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', fastTimeoutMs],
    ['SIGQUIT', ORPHAN_IMMEDIATE_SHUTDOWN_MS],
    ['SIGKILL', ORPHAN_IMMEDIATE_SHUTDOWN_MS],
  ];
  for (const [signal, timeoutMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return signal;
      throw new AppError(
        'EMBEDDED_DB_FAILED',
        { reason: `cannot stop PostgreSQL process ${pid} (${(error as Error).message}); stop it by hand` },
        { cause: error },
      );
    }
    if (await waitForExit(pid, timeoutMs)) return signal;
  }
  throw new AppError('EMBEDDED_DB_FAILED', { reason: `PostgreSQL process ${pid} did not exit even after SIGKILL` });
}

/**
 * Deals with what a previous run left in the data directory before we start a new server on it:
 * - no postmaster.pid: nothing to do;
 * - a pid that is dead or is not a postgres on this directory: a stale file, removed;
 * - a live postgres on this directory still supervised by a live Node process: the directory is in use, refuse;
 * - a live postgres on this directory whose supervisor died (kill -9, OOM): an orphan, shut down.
 */
export async function clearLeftoverPostmaster(options: {
  pgDir: string;
  supervisorPidFile: string;
  logger: Logger;
}): Promise<void> {
  const { pgDir, supervisorPidFile, logger } = options;
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const pid = await readPidFile(pidFile);
  if (pid === undefined) {
    await rm(pidFile, { force: true });
    return;
  }
  const commandLine = isProcessAlive(pid) ? await readCommandLine(pid) : undefined;
  const isOurPostmaster = commandLine !== undefined && commandLine.includes('postgres') && commandLine.includes(pgDir);
  if (!isOurPostmaster) {
    logger.info({ pid, pidFile }, 'removing stale postmaster.pid left by a PostgreSQL that is no longer running');
    await rm(pidFile, { force: true });
    return;
  }
  const supervisorPid = await readPidFile(supervisorPidFile);
  if (supervisorPid !== undefined && readParentPid(pid) === supervisorPid && isProcessAlive(supervisorPid)) {
    throw new AppError('EMBEDDED_DB_FAILED', {
      reason:
        `the database in ${pgDir} is already in use by another running server (process ${supervisorPid}); ` +
        'stop that server first, or set DATA_DIR to another directory',
      inUseByPid: supervisorPid,
    });
  }
  logger.warn({ pid, pgDir }, 'found an orphaned embedded PostgreSQL left by a killed server; shutting it down');
  const signal = await shutDownPostmaster(pid);
  logger.warn({ pid, signal }, 'orphaned embedded PostgreSQL stopped');
  await rm(pidFile, { force: true });
}

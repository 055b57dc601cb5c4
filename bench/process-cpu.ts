/** CPU time of processes on this machine, from /proc (Linux), for benchmarks that report cost per operation. */
import { readFileSync } from 'node:fs';
import type pg from 'pg';

const TICKS_PER_SECOND = 100;

/** User + system CPU of one process in ms; undefined when it is gone or not on this machine. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * CPU of the whole PostgreSQL server (backends and background processes such as the WAL writer) in ms, summed over
 * every process seen so far: call it before and after the work, and subtract. Processes that exit between two
 * readings keep their last figure.
 */
export function trackPostgresCpu(pool: pg.Pool): () => Promise<number> {
  const lastSeen = new Map<number, number>();
  return async () => {
    const { rows } = await pool.query<{ pid: number }>('select pid from pg_stat_activity');
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms !== undefined) lastSeen.set(pid, ms);
    }
    return [...lastSeen.values()].reduce((sum, ms) => sum + ms, 0);
  };
}

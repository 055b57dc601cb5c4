/**
 * bench/startup — wall-clock time from spawning `zjsc start` to a healthy /api/health: cold (fresh data dir: initdb,
 * migrations, zone pack, demo data) and warm (same data dir again). Medians over a few rounds.
 * Run: `npx tsx bench/startup/run.ts` (BENCH_ROUNDS=3 by default).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = 4201;
const DB_PORT = '54392';

async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('node', ['bin/zjsc.js', 'start'], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, EMBEDDED_DB_PORT: DB_PORT, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`zjsc start exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return performance.now() - started;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const cold: number[] = [];
const warm: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const dataDir = `.tmp/bench-startup-${round}`;
  rmSync(dataDir, { recursive: true, force: true });
  cold.push(await timeStart(dataDir));
  warm.push(await timeStart(dataDir));
  console.log(`round ${round + 1}: cold ${(cold.at(-1)! / 1000).toFixed(2)} s, warm ${(warm.at(-1)! / 1000).toFixed(2)} s`);
  rmSync(dataDir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! / 1000;
console.log(`\nbench/startup  rounds=${ROUNDS}`);
console.log(`  cold first start  median ${median(cold).toFixed(2)} s (target ≤ 15 s)`);
console.log(`  warm start        median ${median(warm).toFixed(2)} s (target ≤ 3 s)`);

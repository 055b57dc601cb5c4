/**
 * One evaluation with its trace through the API (issue 6): starts the platform as an operator would (`zjsc start`
 * on a free port, embedded PostgreSQL on another free port, in a throwaway data folder) — a real server over real
 * HTTP, not inject — and sends `requests` POST /api/policies/{id}/evaluate one after another (keep-alive), each
 * with seeded synthetic facts for a policy of the Zhangjiang catalogue in turn, after a warm-up. The answer carries
 * the trace and the plain-language explanation. Prints the round trip seen by the client: median, p95, p99, max
 * (target p99 ≤ 5 ms), and — on Linux, for the server it started — the server process's CPU time per request beside
 * that of as many GET /api/health, which a busy machine inflates far less than the round trip. Figures only. On a
 * server loading its demo registry in the background, it first waits until the load is over (GET /api/health).
 *
 *   npx tsx bench/rules/api.bench.ts [requests=2000]
 *   BENCH_URL=http://host:port npx tsx bench/rules/api.bench.ts   (an already running server)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { generateEnterprises } from './synthetic-enterprises';

const requests = Number(process.argv[2] ?? 2_000);
const WARM_UP = 300;
const DATA_DIR = '.tmp/bench-rules-api-data';
const AS_OF = '2024-06-30';

/** A free port, outside 54000–54999 where the test databases listen. */
async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: taken } = server.address() as net.AddressInfo;
        server.close(() => resolve(taken));
      });
    });
    if (port < 54000 || port > 54999) return port;
  }
}

async function main(): Promise<void> {
  let platform: ChildProcess | undefined;
  let base = process.env.BENCH_URL;
  if (!base) {
    const [port, dbPort] = [await freePort(), await freePort()];
    rmSync(DATA_DIR, { recursive: true, force: true });
    platform = spawn('node', ['bin/zjsc.js', 'start'], {
      env: { ...process.env, PORT: String(port), DATA_DIR, LOG_LEVEL: 'warn', EMBEDDED_DB_PORT: String(dbPort), DEMO: 'false' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    base = `http://127.0.0.1:${port}`;
  }
  try {
    await waitFor(`${base}/api/health`);
    await waitForDemoRegistry(base);
    const policies = ((await (await fetch(`${base}/api/policies?asOf=${AS_OF}`)).json()) as { items: { id: string }[] }).items.map((p) => p.id);
    const facts = generateEnterprises(2_000, 7);
    const bodyOf = (i: number) => JSON.stringify({ facts: facts[i % facts.length], asOf: AS_OF });
    for (let i = 0; i < WARM_UP; i++) await evaluate(base, policies[i % policies.length]!, bodyOf(i));

    const cpuBefore = cpuMs(platform?.pid);
    const times = new Float64Array(requests);
    const results = { eligible: 0, ineligible: 0, undetermined: 0 };
    let traceEntries = 0;
    for (let i = 0; i < requests; i++) {
      const answer = await evaluate(base, policies[i % policies.length]!, bodyOf(i + WARM_UP));
      times[i] = answer.ms;
      results[answer.result]++;
      traceEntries += answer.traceEntries;
    }
    const cpuAfter = cpuMs(platform?.pid);
    // The same count of GET /api/health (one small query) for comparison: what the HTTP stack itself costs here.
    for (let i = 0; i < requests; i++) await (await fetch(`${base}/api/health`)).text();
    const cpuBaseline = cpuMs(platform?.pid);
    times.sort();
    const at = (p: number) => times[Math.min(requests - 1, Math.floor(p * requests))]!;
    console.log(`\nbench/rules api  POST /api/policies/{id}/evaluate over real HTTP (${base}), ${requests.toLocaleString('en')} requests one at a time, ${policies.length} policies in turn`);
    console.log(`  results: ${results.eligible} eligible, ${results.ineligible} ineligible, ${results.undetermined} undetermined; ${(traceEntries / requests).toFixed(1)} trace entries on average`);
    console.log(`  round trip: median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   p99 ${at(0.99).toFixed(2)} ms   max ${times[requests - 1]!.toFixed(2)} ms   (target p99 ≤ 5 ms)`);
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      const perRequest = (cpuAfter - cpuBefore) / requests;
      const health = cpuBaseline === undefined ? undefined : (cpuBaseline - cpuAfter) / requests;
      console.log(`  server CPU: ${perRequest.toFixed(2)} ms per evaluation (user + system, /proc)${health === undefined ? '' : `; GET /api/health: ${health.toFixed(2)} ms per request`}`);
    }
    const load = cpuLoad();
    if (load) console.log(`  load average at the end: ${load} (this machine has other work too)`);
  } finally {
    if (platform) {
      platform.kill('SIGTERM');
      await new Promise<void>((resolve) => (platform!.exitCode !== null ? resolve() : platform!.once('exit', () => resolve())));
      rmSync(DATA_DIR, { recursive: true, force: true });
    }
  }
}

async function evaluate(base: string, policyId: string, body: string): Promise<{ ms: number; result: 'eligible' | 'ineligible' | 'undetermined'; traceEntries: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/policies/${policyId}/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`evaluate ${policyId}: ${response.status} ${text.slice(0, 300)}`);
  const answer = JSON.parse(text) as { result: 'eligible' | 'ineligible' | 'undetermined'; trace: unknown[]; explanation: string[] };
  if (answer.explanation.length === 0) throw new Error('no explanation in the answer');
  return { ms, result: answer.result, traceEntries: answer.trace.length };
}

/** User + system CPU of a process in ms, from /proc/<pid>/stat (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

function cpuLoad(): string | undefined {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return undefined;
  }
}

/**
 * A demo start loads the demo registry in the background (≈30,000 firms: import and resolution take the CPU for a
 * minute or more); measuring meanwhile measures that load. GET /api/health says when it is over.
 */
async function waitForDemoRegistry(base: string, timeoutMs = 900_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { demoRegistry } = (await (await fetch(`${base}/api/health`)).json()) as { demoRegistry?: string };
    if (demoRegistry !== 'loading') {
      if (Date.now() - started > 1_000) console.log(`  (waited ${((Date.now() - started) / 1000).toFixed(0)} s for the demo registry to load: ${demoRegistry})`);
      return;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`the demo registry was still loading after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

await main();

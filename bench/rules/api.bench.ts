/**
 * One evaluation with its trace through the API (issue 6): starts the platform as an operator would (`zjsc start`
 * on a free port, embedded PostgreSQL on another free port, in a throwaway data folder) — a real server over real
 * HTTP, not inject — and sends `requests` POST /api/policies/{id}/evaluate one after another over one keep-alive
 * connection, each with seeded synthetic facts for a policy of the Zhangjiang catalogue in turn, after a warm-up.
 * The answer carries the trace and the plain-language explanation. As many GET /api/health (one small query) run in
 * between, in alternating blocks, so that both see the same machine: health is the floor of this HTTP stack, client
 * and machine. Prints, for both, the round trip seen by the client (median, p95, p99, max; target for evaluate
 * p99 ≤ 5 ms) and — on Linux, for the server it started — the server process's CPU time per request, which a busy
 * machine inflates far less than the round trip. Figures only. On a server loading its demo registry in the
 * background, it first waits until the load is over (GET /api/health).
 *
 * The client is node:http, not fetch. Against the same server in alternating blocks, undici's fetch added about
 * 0.35 ms to every round trip (evaluate and health alike), and its own garbage-collection pauses fell on the slowest
 * requests: p99 7.7 ms against 4.8 ms with node:http. What remains of the client's own GC is printed, so it can be
 * told apart from the server's tail.
 *
 *   npx tsx bench/rules/api.bench.ts [requests=2000]
 *   BENCH_URL=http://host:port npx tsx bench/rules/api.bench.ts   (an already running server)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';
import { processCpuMs } from '../process-cpu';
import { generateEnterprises } from './synthetic-enterprises';

const requests = Number(process.argv[2] ?? 2_000);
const WARM_UP = 300;
const BLOCK = 100;
const DATA_DIR = '.tmp/bench-rules-api-data';
const AS_OF = '2024-06-30';

type Result = 'eligible' | 'ineligible' | 'undetermined';

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
    const client = createClient(base);
    const policies = (JSON.parse((await client.send('GET', `/api/policies?asOf=${AS_OF}`)).text) as { items: { id: string }[] }).items.map((p) => p.id);
    const facts = generateEnterprises(2_000, 7);
    let sent = 0;
    const evaluateNext = () => {
      const i = sent++;
      return evaluate(client, policies[i % policies.length]!, JSON.stringify({ facts: facts[i % facts.length], asOf: AS_OF }));
    };
    const health = async () => {
      const started = performance.now();
      const { status } = await client.send('GET', '/api/health');
      if (status !== 200) throw new Error(`GET /api/health: ${status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < WARM_UP; i++) {
      await evaluateNext();
      await health();
    }

    const gcPauses: number[] = [];
    const gcObserver = new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((entry) => entry.duration)));
    gcObserver.observe({ entryTypes: ['gc'] });
    const times = { evaluate: [] as number[], health: [] as number[] };
    const cpu = { evaluate: 0, health: 0 };
    const results = { eligible: 0, ineligible: 0, undetermined: 0 };
    let traceEntries = 0;
    for (let block = 0; block * BLOCK < requests; block++) {
      const size = Math.min(BLOCK, requests - block * BLOCK);
      for (const kind of block % 2 === 0 ? (['evaluate', 'health'] as const) : (['health', 'evaluate'] as const)) {
        const cpuBefore = platform?.pid === undefined ? undefined : processCpuMs(platform.pid);
        for (let i = 0; i < size; i++) {
          if (kind === 'health') times.health.push(await health());
          else {
            const answer = await evaluateNext();
            times.evaluate.push(answer.ms);
            results[answer.result]++;
            traceEntries += answer.traceEntries;
          }
        }
        const cpuAfter = platform?.pid === undefined ? undefined : processCpuMs(platform.pid);
        if (cpuBefore !== undefined && cpuAfter !== undefined) cpu[kind] += cpuAfter - cpuBefore;
      }
    }
    gcObserver.disconnect();

    console.log(
      `\nbench/rules api  POST /api/policies/{id}/evaluate over real HTTP (${base}), ${requests.toLocaleString('en')} requests one at a time on one keep-alive connection, ${policies.length} policies in turn; as many GET /api/health in alternating blocks of ${BLOCK}`,
    );
    console.log(`  results: ${results.eligible} eligible, ${results.ineligible} ineligible, ${results.undetermined} undetermined; ${(traceEntries / requests).toFixed(1)} trace entries on average`);
    console.log(`  round trip, evaluate:    ${percentiles(times.evaluate)}   (target p99 ≤ 5 ms)`);
    console.log(`  round trip, /api/health: ${percentiles(times.health)}`);
    if (platform?.pid !== undefined && processCpuMs(platform.pid) !== undefined) {
      console.log(`  server CPU: ${(cpu.evaluate / requests).toFixed(2)} ms per evaluation, ${(cpu.health / requests).toFixed(2)} ms per GET /api/health (user + system, /proc)`);
    }
    const gcTotal = gcPauses.reduce((sum, ms) => sum + ms, 0);
    console.log(`  client GC during the run: ${gcPauses.length} pauses, ${gcTotal.toFixed(0)} ms in all, longest ${Math.max(0, ...gcPauses).toFixed(1)} ms`);
    const load = cpuLoad();
    if (load) console.log(`  load average at the end: ${load} (this machine has other work too)`);
    client.close();
  } finally {
    if (platform) {
      platform.kill('SIGTERM');
      await new Promise<void>((resolve) => (platform!.exitCode !== null ? resolve() : platform!.once('exit', () => resolve())));
      rmSync(DATA_DIR, { recursive: true, force: true });
    }
  }
}

function percentiles(values: number[]): string {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  return `median ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms   max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
}

interface Client {
  send(method: 'GET' | 'POST', path: string, body?: string): Promise<{ status: number; text: string }>;
  close(): void;
}

/** One keep-alive connection, reused by every request (they are sequential). */
function createClient(base: string): Client {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    send: (method, path, body) =>
      new Promise((resolve, reject) => {
        const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
        const outgoing = http.request(`${base}${path}`, { method, agent, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end(body);
      }),
    close: () => agent.destroy(),
  };
}

async function evaluate(client: Client, policyId: string, body: string): Promise<{ ms: number; result: Result; traceEntries: number }> {
  const started = performance.now();
  const { status, text } = await client.send('POST', `/api/policies/${policyId}/evaluate`, body);
  const ms = performance.now() - started;
  if (status !== 200) throw new Error(`evaluate ${policyId}: ${status} ${text.slice(0, 300)}`);
  const answer = JSON.parse(text) as { result: Result; trace: unknown[]; explanation: string[] };
  if (answer.explanation.length === 0) throw new Error('no explanation in the answer');
  return { ms, result: answer.result, traceEntries: answer.trace.length };
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

/**
 * bench/http — throughput and latency of a DB-backed list endpoint against a bare Fastify hello-world, measured in
 * the same run with the same client (autocannon, 50 connections). The list is fetched as a signed-in officer would
 * (session cookie, data scope in SQL), so authentication is part of the cost. Rounds alternate between the two
 * servers so that machine noise hits both; medians are reported. A third server, the floor (floor-server.ts), sends
 * one pooled query per request with nothing else, to show what share of the gap the database round trip is.
 * Run: `npm run bench:http`.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HELLO_PORT = 4101;
const APP_PORT = 4102;
const FLOOR_PORT = 4103;
const EMBEDDED_DB_PORT = '54391';
const DATA_DIR = '.tmp/bench-http-data';
const TARGET_PATH = process.env.BENCH_PATH ?? '/api/units?pageSize=50';
const USERNAME = process.env.BENCH_USER ?? 'zj-officer';

interface Sample { rps: number; p99: number; p50: number; errors: number; non2xx: number }

async function main(): Promise<void> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const hello = fork('bench/http/hello-server.ts', { env: { ...process.env, PORT: String(HELLO_PORT) }, execArgv: ['--import', 'tsx'] });
  const platform = spawn('node', ['bin/zjsc.js', 'start'], {
    env: { ...process.env, PORT: String(APP_PORT), DATA_DIR, LOG_LEVEL: 'warn', EMBEDDED_DB_PORT },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let floor: ChildProcess | undefined;
  try {
    await waitFor(`http://127.0.0.1:${HELLO_PORT}/hello`);
    await waitFor(`http://127.0.0.1:${APP_PORT}/api/health`);
    floor = fork('bench/http/floor-server.ts', {
      env: { ...process.env, PORT: String(FLOOR_PORT), DATA_DIR, EMBEDDED_DB_PORT },
      execArgv: ['--import', 'tsx'],
    });
    const floorUrl = `http://127.0.0.1:${FLOOR_PORT}/floor`;
    await waitFor(floorUrl);
    const helloUrl = `http://127.0.0.1:${HELLO_PORT}/hello`;
    const appUrl = `http://127.0.0.1:${APP_PORT}${TARGET_PATH}`;
    const cookie = await signIn(`http://127.0.0.1:${APP_PORT}`);
    const probe = await fetch(appUrl, { headers: { cookie } });
    const items = ((await probe.json()) as { items?: unknown[] }).items?.length;
    console.log(`GET ${TARGET_PATH} as ${USERNAME}: ${probe.status}, ${items} items per page`);
    await load(helloUrl, 2);
    await load(appUrl, 2, cookie);
    await load(floorUrl, 2);
    const helloRuns: Sample[] = [];
    const appRuns: Sample[] = [];
    const floorRuns: Sample[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      helloRuns.push(await load(helloUrl, DURATION_S));
      appRuns.push(await load(appUrl, DURATION_S, cookie));
      floorRuns.push(await load(floorUrl, DURATION_S));
      console.log(`round ${round + 1}: hello ${fmt(helloRuns.at(-1)!)} | ${TARGET_PATH} ${fmt(appRuns.at(-1)!)} | floor ${fmt(floorRuns.at(-1)!)}`);
    }
    const f = median(floorRuns.map((s) => s.rps));
    const h = median(helloRuns.map((s) => s.rps));
    const a = median(appRuns.map((s) => s.rps));
    const p99 = median(appRuns.map((s) => s.p99));
    console.log('');
    console.log(`bench/http  connections=${CONNECTIONS} duration=${DURATION_S}s rounds=${ROUNDS}`);
    console.log(`  hello-world        median ${Math.round(h)} req/s, p99 ${median(helloRuns.map((s) => s.p99))} ms`);
    console.log(`  GET ${TARGET_PATH}  median ${Math.round(a)} req/s, p99 ${p99} ms, errors ${sum(appRuns, 'errors')}, non-2xx ${sum(appRuns, 'non2xx')}`);
    console.log(`  floor (one pooled query, no auth)  median ${Math.round(f)} req/s, p99 ${median(floorRuns.map((s) => s.p99))} ms`);
    console.log(`  ratio ${(100 * a / h).toFixed(1)}% of hello-world (target ≥ 30%), p99 ${p99} ms (target ≤ 50 ms)`);
    console.log(`  the floor is ${(100 * f / h).toFixed(1)}% of hello-world; the endpoint is ${(100 * a / f).toFixed(1)}% of the floor`);
  } finally {
    hello.kill('SIGTERM');
    floor?.kill('SIGTERM');
    platform.kill('SIGTERM');
    await Promise.all([exited(hello), exited(platform), ...(floor ? [exited(floor)] : [])]);
  }
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: 'Demo@2026' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return cookie;
}

async function load(url: string, seconds: number, cookie?: string): Promise<Sample> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    pipelining: 1,
    headers: cookie ? { cookie } : {},
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const sum = (xs: Sample[], k: 'errors' | 'non2xx') => xs.reduce((acc, s) => acc + s[k], 0);
const fmt = (s: Sample) => `${Math.round(s.rps)} req/s p50 ${s.p50} ms p99 ${s.p99} ms`;

await main();

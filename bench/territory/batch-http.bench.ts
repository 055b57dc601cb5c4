/**
 * The batch endpoint over HTTP (issue 4): starts the platform as an operator would (`zjsc start`, embedded
 * PostgreSQL, demo accounts), signs in, and POSTs 100,000 seeded random points over the expanded area's bounding
 * box to /api/territory/resolve, `rounds` times after one warm-up. Prints the median server time (the response's
 * Server-Timing: from the request's arrival to its serialised answer, body parsing included) and the median
 * round trip seen by the client. Target: ≤ 1 s of server time for 100,000 points. Figures only, no assertions.
 *
 *   npx tsx bench/territory/batch-http.bench.ts [points=100000] [rounds=7]
 *   BENCH_URL=http://host:port BENCH_USER=admin npx tsx bench/territory/batch-http.bench.ts   (an already running server)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const pointCount = Number(process.argv[2] ?? 100_000);
const rounds = Math.max(5, Number(process.argv[3] ?? 7));
const PORT = 4111;
const DATA_DIR = '.tmp/bench-territory-data';
const USERNAME = process.env.BENCH_USER ?? 'ent-zj';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'Demo@2026';

async function main(): Promise<void> {
  const external = process.env.BENCH_URL;
  let platform: ChildProcess | undefined;
  if (!external) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    platform = spawn('node', ['bin/zjsc.js', 'start'], {
      env: { ...process.env, PORT: String(PORT), DATA_DIR, LOG_LEVEL: 'warn', EMBEDDED_DB_PORT: '54392', DEMO: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const base = external ?? `http://127.0.0.1:${PORT}`;
  try {
    await waitFor(`${base}/api/health`);
    const session = await signIn(base);
    const body = JSON.stringify({ points: randomPoints(pointCount) });
    console.log(`request body: ${(body.length / 1_048_576).toFixed(2)} MB for ${pointCount.toLocaleString('en')} points`);
    await post(base, session, body);
    const samples: Array<{ server: number; client: number; bytes: number }> = [];
    for (let round = 0; round < rounds; round++) {
      samples.push(await post(base, session, body));
      const s = samples.at(-1)!;
      console.log(`round ${round + 1}: server ${s.server.toFixed(0)} ms, round trip ${s.client.toFixed(0)} ms, answer ${(s.bytes / 1_048_576).toFixed(2)} MB`);
    }
    const server = median(samples.map((s) => s.server));
    const client = median(samples.map((s) => s.client));
    console.log('');
    console.log(`bench/territory batch-http  points=${pointCount} rounds=${rounds}`);
    console.log(`  POST /api/territory/resolve: median server time ${server.toFixed(0)} ms (target ≤ 1000 ms), median round trip ${client.toFixed(0)} ms`);
    console.log(`  ${Math.round((pointCount / server) * 1000).toLocaleString('en')} points/s of server time`);
  } finally {
    if (platform) {
      platform.kill('SIGTERM');
      await new Promise<void>((resolve) => (platform!.exitCode !== null ? resolve() : platform!.once('exit', () => resolve())));
    }
  }
}

async function post(base: string, session: { cookie: string; csrf: string }, body: string): Promise<{ server: number; client: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/territory/resolve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body,
  });
  const text = await response.text();
  const client = performance.now() - started;
  if (!response.ok) throw new Error(`batch failed: ${response.status} ${text.slice(0, 300)}`);
  const timing = /app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  if (!timing) throw new Error('no Server-Timing header in the answer');
  if ((JSON.parse(text) as { count: number }).count !== pointCount) throw new Error('wrong count in the answer');
  return { server: Number(timing[1]), client, bytes: text.length };
}

async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  const me = (await res.json()) as { csrfToken?: string };
  if (!res.ok || !cookie || !me.csrfToken) throw new Error(`sign-in failed: ${res.status}`);
  return { cookie, csrf: me.csrfToken };
}

/** Seeded, so every run sends the same points: the bounding box of the demo expanded area. */
function randomPoints(count: number): Array<{ lon: number; lat: number }> {
  let state = 20240404;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => ({ lon: 121.52 + random() * 0.2, lat: 31.06 + random() * 0.2 }));
}

async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
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

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

await main();

/**
 * Single-enterprise lookup over HTTP (issue 5): on the same N synthetic enterprises as statistics.bench.ts (built by
 * the first of the two to run), `samples` enterprises drawn at random are looked up by the ways an intake officer
 * types them — the full name with 上海 and 有限公司, the core name, three characters from its middle, the credit code
 * in lower case, the first twelve characters of the code — plus the worst case, an industry word that ten thousands
 * of names contain. As the administrator and as the 金桥 officer (a territory scope). Prints median and p95 per kind;
 * target ≤ 50 ms. Figures only, no assertions.
 *
 *   npx tsx bench/registry/lookup.bench.ts [enterprises=1000000] [samples=200] [--fresh]
 */
import { openReadBench, summarize, timedGet, type ReadBench } from './read-bench-database';

const count = Number(process.argv[2] ?? 1_000_000);
const sampleCount = Number(process.argv[3] ?? 200);
const fresh = process.argv.includes('--fresh');

interface Sample {
  id: string;
  name: string;
  credit_code: string | null;
  name_key: string;
}

const KINDS: Array<{ kind: string; query: (s: Sample) => string | null }> = [
  { kind: 'full name', query: (s) => s.name },
  { kind: 'core name', query: (s) => s.name_key.split('|')[0]! },
  { kind: 'middle 3 characters', query: (s) => Array.from(s.name_key.split('|')[0]!).slice(1, 4).join('') },
  { kind: 'code, lower case', query: (s) => s.credit_code?.toLowerCase() ?? null },
  { kind: 'code, first 12', query: (s) => s.credit_code?.slice(0, 12) ?? null },
  { kind: 'common word 生物医药', query: () => '生物医药' },
];

async function main(): Promise<void> {
  const bench = await openReadBench(count, fresh);
  try {
    const users = { admin: await bench.signIn('admin'), 'jq-officer': await bench.signIn('jq-officer') };
    const samples = (
      await bench.pool.query<Sample>(
        `select id, name, credit_code, name_key from registry_enterprises tablesample system (1) repeatable (7) order by random() limit $1`,
        [sampleCount],
      )
    ).rows;
    console.log(`\n== lookup over HTTP, ${samples.length} random enterprises per kind (target ≤ 50 ms)`);
    let worst = 0;
    for (const { kind, query } of KINDS) {
      for (const [user, cookie] of Object.entries(users)) {
        const figures = await measure(bench, cookie, samples, query);
        worst = Math.max(worst, figures.p95);
        console.log(
          `  ${user.padEnd(10)} ${kind.padEnd(22)} median ${figures.median.toFixed(1).padStart(6)} ms  p95 ${figures.p95.toFixed(1).padStart(6)} ms  ` +
            `max ${figures.max.toFixed(1).padStart(6)} ms  found first ${figures.foundFirst}/${figures.asked}`,
        );
      }
    }
    console.log(`\nbench/registry/lookup  enterprises=${count.toLocaleString('en')} samples=${samples.length}: worst p95 ${worst.toFixed(1)} ms (target ≤ 50 ms)`);
  } finally {
    await bench.close();
  }
}

/** Times every sample's query; counts how often the sampled enterprise itself came back first. */
async function measure(bench: ReadBench, cookie: string, samples: Sample[], query: (s: Sample) => string | null) {
  const times: number[] = [];
  let foundFirst = 0;
  let asked = 0;
  await timedGet(bench.app, cookie, `/api/registry/enterprises/lookup?q=${encodeURIComponent('华海')}`);
  for (const sample of samples) {
    const q = query(sample);
    if (!q) continue;
    asked += 1;
    const { ms, body } = await timedGet(bench.app, cookie, `/api/registry/enterprises/lookup?q=${encodeURIComponent(q)}`);
    times.push(ms);
    if ((body as { items: Array<{ id: string }> }).items[0]?.id === sample.id) foundFirst += 1;
  }
  return { ...summarize(times), foundFirst, asked };
}

await main();

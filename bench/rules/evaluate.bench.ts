/**
 * Rules throughput (issue 6). Generates N seeded synthetic enterprises (default 1,000,000) with registry facts and,
 * for 60% of them, declared application figures; evaluates 10 policies of the Zhangjiang catalogue over all of them
 * in one process without traces (as matching and simulation do), and prints total seconds and evaluations/s
 * (target: 10 × 1,000,000 in ≤ 10 s). Then times single traced evaluations (the pure part of
 * POST /api/policies/{id}/evaluate) on a random sample and prints p50 / p99 / max (API target p99 ≤ 5 ms).
 * Figures only, no assertions.
 *
 *   npx tsx bench/rules/evaluate.bench.ts [enterprises=1000000] [tracedSamples=20000]
 */
import { evaluatePolicy, explainInPlainLanguage, type PolicyEvaluation } from '../../core/rules/index';
import { loadZonePolicies } from '../../core/rules/testdata/load-zone-policies';
import { generateEnterprises, mulberry32 } from './synthetic-enterprises';

const count = Number(process.argv[2] ?? 1_000_000);
const samples = Number(process.argv[3] ?? 20_000);
const asOf = '2024-06-30';

const loadStart = performance.now();
const catalog = loadZonePolicies();
const loadMs = performance.now() - loadStart;
const policies = catalog.policies.slice(0, 10);

// Single evaluations with their trace, as the evaluate endpoint runs them (plus the zh explanation), measured first,
// on a small pool, so the heap is an API process's and not one holding a million enterprises.
const pool = generateEnterprises(20_000, 7);
const random = mulberry32(7);
for (let s = 0; s < 5_000; s++) evaluatePolicy(policies[s % policies.length]!, pool[s]!, asOf); // warm-up
const times = new Float64Array(samples);
let traceEntries = 0;
for (let s = 0; s < samples; s++) {
  const policy = policies[Math.floor(random() * policies.length)]!;
  const facts = pool[Math.floor(random() * pool.length)]!;
  const t0 = performance.now();
  const result = evaluatePolicy(policy, facts, asOf);
  explainInPlainLanguage(result.trace, 'zh-CN');
  times[s] = performance.now() - t0;
  traceEntries += result.trace.length;
}
times.sort();
const quantile = (p: number) => times[Math.min(samples - 1, Math.floor(p * samples))]!;

const generateStart = performance.now();
const enterprises = generateEnterprises(count, 20240630);
const generateMs = performance.now() - generateStart;

// Warm-up: compile every version and let the JIT see the closures.
for (const policy of policies) for (let i = 0; i < 20_000; i++) evaluatePolicy(policy, enterprises[i % count]!, asOf, { trace: false });

const tally = new Map<string, { eligible: number; ineligible: number; undetermined: number; fen: number }>();
const cpuStart = process.cpuUsage();
const start = performance.now();
for (const policy of policies) {
  const counts = { eligible: 0, ineligible: 0, undetermined: 0, fen: 0 };
  for (let i = 0; i < count; i++) {
    const result: PolicyEvaluation = evaluatePolicy(policy, enterprises[i]!, asOf, { trace: false });
    counts[result.result]++;
    counts.fen += result.amountFen ?? 0;
  }
  tally.set(policy.id, counts);
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const evaluations = policies.length * count;

console.log(`catalogue: ${catalog.policies.length} policies loaded and validated in ${loadMs.toFixed(0)} ms; ${count.toLocaleString('en')} enterprises generated in ${(generateMs / 1000).toFixed(1)} s`);
console.log(`\nbulk (no trace): ${policies.length} policies × ${count.toLocaleString('en')} enterprises = ${evaluations.toLocaleString('en')} evaluations`);
console.log(`  total ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU — ${Math.round(evaluations / seconds).toLocaleString('en')} evaluations/s (target ≤ 10 s)`);
for (const [id, c] of tally) {
  const yuan = (c.fen / 100).toLocaleString('en', { maximumFractionDigits: 2 });
  console.log(`  ${id.padEnd(28)} eligible ${String(c.eligible).padStart(7)}  ineligible ${String(c.ineligible).padStart(7)}  undetermined ${String(c.undetermined).padStart(7)}  total CNY ${yuan}`);
}

console.log(`\nsingle evaluation with trace + explanation (${samples.toLocaleString('en')} samples, ${(traceEntries / samples).toFixed(1)} trace entries on average):`);
console.log(`  p50 ${(quantile(0.5) * 1000).toFixed(1)} µs   p99 ${(quantile(0.99) * 1000).toFixed(1)} µs   max ${(times[samples - 1]! * 1000).toFixed(1)} µs   (API target p99 ≤ 5 ms)`);
console.log(`\nheap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

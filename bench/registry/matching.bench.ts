/**
 * Entity-resolution quality and speed (issue 5). Generates the labelled synthetic registry in memory and resolves it:
 *  1. N true firms (default 30,000) over the four sources, with the prior model and with a model trained on the data
 *     (u from random pairs, m by EM): precision, recall, F1 and confusion counts, overall and over the pairs that
 *     involve a record without a valid credit code (the part the probabilistic model decides), and the review queue.
 *  2. 1,000,000 source records from three sources (market regulation, tax, statistics): the same figures, and the
 *     time and records/s of normalisation and of matching (blocking + comparison + clustering). Import and database
 *     writes are not included; the issue's end-to-end budget (≤ 120 s) covers those too.
 * Figures only, no assertions.
 *
 *   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/registry/matching.bench.ts [enterprises=30000] [records=1000000] [seed=20240501]
 */
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_MATCH_MODEL,
  measureClusterQuality,
  prepareRecords,
  resolveEntities,
  trainMatchModel,
  type MatchModel,
  type PreparedRecord,
  type ResolutionResult,
} from '../../core/registry/index';
import { buildLabelledDataset, type LabelledDataset } from '../../core/registry/synthetic/index';
import { loadZonePlaces } from '../../server/modules/registry/demo/load-zone-places';

const enterpriseCount = Number(process.argv[2] ?? 30_000);
const recordTarget = Number(process.argv[3] ?? 1_000_000);
const seed = Number(process.argv[4] ?? 20240501);
const places = loadZonePlaces(fileURLToPath(new URL('../../zones/zhangjiang/', import.meta.url)));
const regionNames = ['张江', ...places.towns.map((t) => t.name)];

function main(): void {
  console.log(`registry matching bench — seed ${seed}, roads from ${places.roadsFrom}, node ${process.version}`);

  console.log(`\n== 1. ${enterpriseCount.toLocaleString()} true firms, four sources`);
  const small = timed('generate', () => buildLabelledDataset({ seed, count: enterpriseCount, towns: places.towns }));
  describeDataset(small);
  const prepared = timed('normalise', () => prepareRecords(small.records, { regionNames }));
  const priorRun = timed('resolve (prior model)', () => resolveEntities(prepared, { model: DEFAULT_MATCH_MODEL }));
  report('prior model', small, prepared, priorRun);
  const training = timed('train (u random, m EM)', () => trainMatchModel(prepared, DEFAULT_MATCH_MODEL, { seed }));
  console.log(`  EM: ${training.iterations} iterations, converged ${training.converged}, λ = ${training.model.matchRate.toFixed(4)}`);
  printModel(training.model);
  const trainedRun = timed('resolve (trained model)', () => resolveEntities(prepared, { model: training.model }));
  report('trained model', small, prepared, trainedRun);

  if (recordTarget <= 0) return;
  console.log(`\n== 2. ${recordTarget.toLocaleString()} source records, three sources`);
  const large = timed('generate', () =>
    buildLabelledDataset({
      seed: seed + 1,
      count: Math.ceil(recordTarget / 2.5),
      towns: places.towns,
      sources: ['market-regulation', 'tax', 'statistics'],
      maxRecords: recordTarget,
    }),
  );
  describeDataset(large);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const preparedLarge = timed('normalise', () => prepareRecords(large.records, { regionNames }));
  const normaliseMs = performance.now() - start;
  const cpuMatch = process.cpuUsage();
  const matchStart = performance.now();
  const run = timed('match (block + compare + cluster)', () => resolveEntities(preparedLarge, { explainMerges: false }));
  const matchMs = performance.now() - matchStart;
  const cpuTotal = process.cpuUsage(cpuStart);
  const cpuMatching = process.cpuUsage(cpuMatch);
  console.log(`  CPU: normalise + match ${((cpuTotal.user + cpuTotal.system) / 1e6).toFixed(1)} s, match alone ${((cpuMatching.user + cpuMatching.system) / 1e6).toFixed(1)} s`);
  const n = large.records.length;
  console.log(
    `  matching alone: ${(matchMs / 1000).toFixed(1)} s, ${Math.round(n / (matchMs / 1000)).toLocaleString()} records/s; ` +
      `with normalisation: ${((matchMs + normaliseMs) / 1000).toFixed(1)} s, ${Math.round(n / ((matchMs + normaliseMs) / 1000)).toLocaleString()} records/s`,
  );
  report('prior model', large, preparedLarge, run);
  console.log(`  heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
}

function describeDataset(data: LabelledDataset): void {
  const bySource = new Map<string, number>();
  let withoutCode = 0;
  for (const r of data.records) {
    bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1);
    if (!r.creditCode) withoutCode += 1;
  }
  const sources = [...bySource].map(([s, c]) => `${s} ${c.toLocaleString()}`).join(', ');
  console.log(`  ${data.enterprises.length.toLocaleString()} firms, ${data.records.length.toLocaleString()} records (${sources}); ${withoutCode.toLocaleString()} without a code`);
}

function report(label: string, data: LabelledDataset, prepared: readonly PreparedRecord[], run: ResolutionResult): void {
  const all = measureClusterQuality(run.clusterOfRecord, data.truth);
  const hard = measureClusterQuality(run.clusterOfRecord, data.truth, (i) => prepared[i]!.validCode === null);
  const s = run.stats;
  console.log(`  [${label}] ${s.records.toLocaleString()} records → ${s.clusters.toLocaleString()} clusters (true firms with records: ${countTrueFirms(data).toLocaleString()})`);
  console.log(`    valid codes ${s.recordsWithValidCode.toLocaleString()} in ${s.codeGroups.toLocaleString()} groups; candidate pairs ${s.candidatePairs.toLocaleString()}; probabilistic merges ${s.probabilisticMerges.toLocaleString()}; refused by code constraint ${s.refusedByCreditCode.toLocaleString()}`);
  console.log(`    blocking: ${s.blocking.map((b) => `${b.pass} ${b.pairs.toLocaleString()}${b.oversizedBlocks ? ` (${b.oversizedBlocks} oversized)` : ''}`).join('; ')}`);
  for (const [name, q] of [['all pairs', all], ['pairs with a record lacking a valid code', hard]] as const) {
    console.log(
      `    ${name}: precision ${q.precision.toFixed(5)} recall ${q.recall.toFixed(5)} F1 ${q.f1.toFixed(5)} — true merges ${q.trueMerges.toLocaleString()}, false merges ${q.falseMerges.toLocaleString()}, missed merges ${q.missedMerges.toLocaleString()}`,
    );
  }
  const clusterTruth = new Map<string, number>();
  run.clusters.forEach((c) => clusterTruth.set(c.id, data.truth[c.members[0]!]!));
  const sameFirm = run.reviews.filter((r) => clusterTruth.get(r.leftClusterId) === clusterTruth.get(r.rightClusterId)).length;
  const conflicts = run.reviews.filter((r) => r.reason === 'credit-code-conflict').length;
  console.log(`    review queue: ${run.reviews.length.toLocaleString()} cluster pairs (${sameFirm.toLocaleString()} truly one firm; ${conflicts.toLocaleString()} credit-code conflicts)`);
}

function countTrueFirms(data: LabelledDataset): number {
  return new Set(data.truth).size;
}

function printModel(model: MatchModel): void {
  for (const [field, levels] of Object.entries(model.fields)) {
    const parts = Object.entries(levels as Record<string, { m: number; u: number }>).map(
      ([level, p]) => `${level} ${Math.log2(p.m / p.u).toFixed(1)}`,
    );
    console.log(`    ${field}: ${parts.join(', ')}`);
  }
}

/** Wall-clock and this process's CPU time (a neighbour's load on the shared machine shows as the gap). */
function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  console.log(`  ${label}: ${((performance.now() - start) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
  return result;
}

main();

/**
 * Territory resolver throughput (issue 4). Resolves N seeded random points over the bounding box of the expanded
 * area, single-threaded, and prints median points/s for the columnar batch, the object batch (in batches of
 * 100,000, the batch endpoint's limit), one-by-one `resolve()` and GCJ-02 input. In the same run, interleaved round
 * by round with the columnar batch, a naive resolver (per layer, every polygon through @turf/boolean-point-in-polygon
 * until one holds the point) runs on a smaller sample; the ratio is the median of the per-round ratios, so a
 * neighbour's load on a shared machine hits both sides alike. CPU-time figures are printed beside wall-clock ones
 * for the same reason. Targets: ≥ 1,000,000 points/s and ≥ 20× the naive loop. Figures only, no assertions.
 *
 *   npx tsx bench/territory/resolve.bench.ts [points=1000000] [naivePoints=20000] [rounds=7]
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { convertWgs84ToGcj02, createColumns, createResolver, TERRITORY_LAYER_NAMES } from '../../core/territory/index';
import type { Feature, PolygonGeometry, TerritoryLayers } from '../../core/territory/index';
import { loadZhangjiangLayers } from '../../core/territory/testdata/load-layers';

const pointCount = Number(process.argv[2] ?? 1_000_000);
const naiveCount = Math.min(pointCount, Number(process.argv[3] ?? 20_000));
const rounds = Number(process.argv[4] ?? 7);
const seed = 20240404;

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];

/** One timed run: points per second by the wall clock and by this process's CPU time. */
interface Rate {
  wall: number;
  cpu: number;
}

const layers = loadZhangjiangLayers();
const buildStart = performance.now();
const resolver = createResolver(layers);
const buildMs = performance.now() - buildStart;

const bbox = boundingBox(layers);
const random = mulberry32(seed);
const lons = new Float64Array(pointCount);
const lats = new Float64Array(pointCount);
for (let i = 0; i < pointCount; i++) {
  lons[i] = bbox.minX + random() * (bbox.maxX - bbox.minX);
  lats[i] = bbox.minY + random() * (bbox.maxY - bbox.minY);
}
const batchSize = Math.min(100_000, pointCount);
const batches = Array.from({ length: Math.ceil(pointCount / batchSize) }, (_, b) =>
  Array.from({ length: Math.min(batchSize, pointCount - b * batchSize) }, (_, i) => ({
    lon: lons[b * batchSize + i]!,
    lat: lats[b * batchSize + i]!,
  })),
);
const gcjLons = new Float64Array(pointCount);
const gcjLats = new Float64Array(pointCount);
for (let i = 0; i < pointCount; i++) [gcjLons[i], gcjLats[i]] = convertWgs84ToGcj02(lons[i]!, lats[i]!);
const naiveLayers = TERRITORY_LAYER_NAMES.map((name) => layers[name].features as unknown as TurfPolygon[]);
const naiveAnswers = new Array<string>(naiveCount);
const columns = createColumns(pointCount);

const runColumnar = () => resolver.resolveColumns(lons, lats, 'wgs84', columns);
const runNaive = () => {
  for (let i = 0; i < naiveCount; i++) naiveAnswers[i] = resolveNaively([lons[i]!, lats[i]!], naiveLayers);
};
runColumnar(); // warm-up: JIT and caches
runNaive();
const columnarRates: Rate[] = [];
const naiveRates: Rate[] = [];
for (let r = 0; r < rounds; r++) {
  columnarRates.push(time(pointCount, runColumnar));
  naiveRates.push(time(naiveCount, runNaive));
}
const inZone = columns.area.reduce((n, area) => n + (area === 0 ? 0 : 1), 0);
const objectRates = repeat(pointCount, 5, () => {
  for (const batch of batches) resolver.resolveMany(batch);
});
const singleRates = repeat(pointCount, 3, () => {
  for (let i = 0; i < pointCount; i++) resolver.resolve(lons[i]!, lats[i]!);
});
const gcjRates = repeat(pointCount, 3, () => resolver.resolveColumns(gcjLons, gcjLats, 'gcj02', columns));
const disagreements = countDisagreements();

const columnar = medianRate(columnarRates);
const naive = medianRate(naiveRates);
const ratio = {
  wall: median(columnarRates.map((rate, r) => rate.wall / naiveRates[r]!.wall)),
  cpu: median(columnarRates.map((rate, r) => rate.cpu / naiveRates[r]!.cpu)),
};
const objects = medianRate(objectRates);

const n = (value: number) => Math.round(value).toLocaleString('en-US').padStart(11);
const line = (label: string, rate: Rate, note = '') =>
  console.log(`  ${label.padEnd(44)} ${n(rate.wall)} points/s   (CPU time: ${n(rate.cpu).trim()})${note}`);
console.log(`territory resolver benchmark — ${pointCount.toLocaleString('en-US')} seeded points (seed ${seed}), single thread`);
console.log(
  `  bbox of the expanded area: lon ${bbox.minX.toFixed(4)}–${bbox.maxX.toFixed(4)}, lat ${bbox.minY.toFixed(4)}–${bbox.maxY.toFixed(4)};` +
    ` ${inZone.toLocaleString('en-US')} points in the zone`,
);
console.log(`  index build, 6 layers: ${buildMs.toFixed(1)} ms`);
line(`resolveColumns, WGS-84 (median of ${rounds})`, columnar);
line('resolveMany, batches of 100,000 (median of 5)', objects, '  one answer object per point');
line('resolve(), one call per point (median of 3)', medianRate(singleRates));
line('resolveColumns, GCJ-02 input (median of 3)', medianRate(gcjRates), '  includes GCJ-02 → WGS-84');
line(`naive turf loop, ${naiveCount.toLocaleString('en-US')} points (median of ${rounds})`, naive);
console.log(`  ratio resolveColumns / naive (median of per-round ratios): ${ratio.wall.toFixed(1)}×   (CPU time: ${ratio.cpu.toFixed(1)}×)`);
console.log(`  ratio resolveMany / naive (medians): ${(objects.wall / naive.wall).toFixed(1)}×   (CPU time: ${(objects.cpu / naive.cpu).toFixed(1)}×)`);
console.log(`  answers differing from the naive loop: ${disagreements} of ${naiveCount.toLocaleString('en-US')}`);
console.log(
  `  targets: ≥ 1,000,000 points/s → ${columnar.wall >= 1e6 ? 'met' : 'NOT met'}; ` +
    `≥ 20× the naive loop → ${ratio.wall >= 20 ? 'met' : 'NOT met'}`,
);

function time(count: number, run: () => unknown): Rate {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  run();
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: count / wallSeconds, cpu: count / ((cpu.user + cpu.system) / 1e6) };
}

function repeat(count: number, times: number, run: () => unknown): Rate[] {
  run();
  return Array.from({ length: times }, () => time(count, run));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianRate(rates: Rate[]): Rate {
  return { wall: median(rates.map((r) => r.wall)), cpu: median(rates.map((r) => r.cpu)) };
}

// The straightforward resolver one writes first: per layer, test every polygon until one holds the point.
function resolveNaively(point: [number, number], byLayer: TurfPolygon[][]): string {
  const ids: string[] = [];
  for (const features of byLayer) {
    let hit = '';
    for (const feature of features) {
      if (booleanPointInPolygon(point, feature)) {
        hit = String((feature as Feature).properties?.['id']);
        break;
      }
    }
    ids.push(hit);
  }
  return ids.join('|');
}

// The same sample through the resolver, written in the naive loop's format, to show both answer alike.
function countDisagreements(): number {
  const ours = resolver.resolveColumns(lons.subarray(0, naiveCount), lats.subarray(0, naiveCount));
  const f = resolver.features;
  const originalId = String(layers.original.features[0]!.properties!['id']);
  const expandedId = String(layers.expanded.features[0]!.properties!['id']);
  let differing = 0;
  for (let i = 0; i < naiveCount; i++) {
    const area = ours.area[i]!;
    const answer = [
      area === 1 ? originalId : '',
      area !== 0 ? expandedId : '',
      f.towns[ours.town[i]!]?.code ?? '',
      f.bodies[ours.body[i]!]?.id ?? '',
      f.communities[ours.community[i]!]?.id ?? '',
      f.corridors[ours.corridor[i]!]?.id ?? '',
    ].join('|');
    if (answer !== naiveAnswers[i]) differing++;
  }
  return differing;
}

function boundingBox(all: TerritoryLayers) {
  const ring = (all.expanded.features[0]!.geometry as PolygonGeometry).coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

function mulberry32(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

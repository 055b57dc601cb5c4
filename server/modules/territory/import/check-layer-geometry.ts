/**
 * 几何校验 — the sampling checks of an imported layer, all on one regular grid per check:
 *  - containment: each feature's vertices and interior samples against the expanded area, with a distance tolerance;
 *  - overlaps: grid points strictly inside two features of the layer, summed per pair into an area;
 *  - coverage (bodies): grid points strictly inside the expanded area and inside no body, summed into an area.
 * Sampling is an estimate at the grid's spacing (reported); exact polygon clipping would need a geometry library
 * for little gain at the tolerances a boundary import can meet.
 */
import { formatArea, formatPosition } from './format-report';
import type { ImportProblem, ImportTolerances } from './import-report';
import {
  createSampleGrid,
  distanceToEdgesMeters,
  type IndexedFeature,
  isInBox,
  listVertices,
  type GeometryFeature,
  unionBox,
} from './sample-grid';

/** Features that stick out of the expanded area by more than the tolerance, one problem per feature. */
export function checkContainment(
  features: readonly (GeometryFeature & { indexed: IndexedFeature })[],
  expanded: readonly IndexedFeature[],
  tolerances: ImportTolerances,
): { problems: ImportProblem[]; method: string } {
  const grid = createSampleGrid(unionBox(features.map((f) => f.indexed.box)), tolerances.maxSamples);
  const expandedEdges = concatEdges(expanded);
  const isInExpanded = (x: number, y: number) => expanded.some((e) => e.contains(x, y) || e.touches(x, y));
  const problems: ImportProblem[] = [];
  for (const feature of features) {
    let sampled = 0;
    let outside = 0;
    let worst = 0;
    let worstAt: [number, number] | undefined;
    const visit = (x: number, y: number) => {
      sampled++;
      if (isInExpanded(x, y)) return;
      const distance = distanceToEdgesMeters(expandedEdges, x, y);
      if (distance <= tolerances.containmentMeters) return;
      outside++;
      if (distance > worst) {
        worst = distance;
        worstAt = [x, y];
      }
    };
    for (const vertex of listVertices(feature.geometry)) visit(vertex[0]!, vertex[1]!);
    grid.forEach((x, y) => {
      if (isInBox(feature.indexed.box, x, y) && feature.indexed.contains(x, y)) visit(x, y);
    });
    if (outside > 0) {
      problems.push({
        check: 'containment',
        featureId: feature.id,
        featureIndex: feature.index,
        reason: `lies partly outside the expanded area: ${outside} of ${sampled} sampled points are more than ${tolerances.containmentMeters} m outside, up to ${Math.round(worst)} m (at ${formatPosition(worstAt!)})`,
        ...(worstAt ? { at: worstAt } : {}),
      });
    }
  }
  return {
    problems,
    method: `vertices and grid samples every ${Math.round(grid.stepMeters)} m inside each feature, against the expanded area with a tolerance of ${tolerances.containmentMeters} m`,
  };
}

/** Pairs of features that overlap by more than the tolerance (grid-sampled area), one problem per pair. */
export function checkOverlaps(features: readonly IndexedFeature[], tolerances: ImportTolerances): { problems: ImportProblem[]; method: string } {
  const grid = createSampleGrid(unionBox(features.map((f) => f.box)), tolerances.maxSamples);
  const pairs = new Map<string, { a: IndexedFeature; b: IndexedFeature; count: number; at: [number, number] }>();
  grid.forEach((x, y) => {
    let first: IndexedFeature | null = null;
    for (const feature of features) {
      if (!isInBox(feature.box, x, y) || !feature.contains(x, y)) continue;
      if (first === null) {
        first = feature;
        continue;
      }
      const key = `${first.index}/${feature.index}`;
      const pair = pairs.get(key) ?? { a: first, b: feature, count: 0, at: [x, y] as [number, number] };
      pair.count++;
      pairs.set(key, pair);
    }
  });
  const problems: ImportProblem[] = [];
  for (const { a, b, count, at } of pairs.values()) {
    const area = count * grid.cellSquareMeters;
    if (area <= tolerances.overlapSquareMeters) continue;
    problems.push({
      check: 'overlap',
      featureId: a.id,
      featureIndex: a.index,
      reason: `overlaps feature ${b.id} by about ${formatArea(area)} (${count} grid samples; e.g. at ${formatPosition(at)})`,
      at,
    });
  }
  return {
    problems,
    method: `grid sampling every ${Math.round(grid.stepMeters)} m: points strictly inside two features; tolerance ${formatArea(tolerances.overlapSquareMeters)} per pair`,
  };
}

/** The part of the expanded area no body covers, when larger than the tolerance. */
export function checkCoverage(
  bodies: readonly IndexedFeature[],
  expanded: readonly IndexedFeature[],
  tolerances: ImportTolerances,
): { problems: ImportProblem[]; method: string } {
  const grid = createSampleGrid(unionBox(expanded.map((e) => e.box)), tolerances.maxSamples);
  let uncovered = 0;
  let at: [number, number] | undefined;
  grid.forEach((x, y) => {
    if (!expanded.some((e) => e.contains(x, y))) return;
    if (bodies.some((b) => isInBox(b.box, x, y) && (b.contains(x, y) || b.touches(x, y)))) return;
    uncovered++;
    at ??= [x, y];
  });
  const area = uncovered * grid.cellSquareMeters;
  const problems: ImportProblem[] =
    area > tolerances.gapSquareMeters
      ? [{
          check: 'gap',
          featureId: null,
          featureIndex: null,
          reason: `the bodies leave about ${formatArea(area)} of the expanded area uncovered (${uncovered} grid samples; e.g. at ${formatPosition(at!)})`,
          at: at!,
        }]
      : [];
  return {
    problems,
    method: `grid sampling every ${Math.round(grid.stepMeters)} m over the expanded area: points inside no body; tolerance ${formatArea(tolerances.gapSquareMeters)}`,
  };
}

function concatEdges(features: readonly IndexedFeature[]): Float64Array {
  const total = features.reduce((n, f) => n + f.edges.length, 0);
  const out = new Float64Array(total);
  let offset = 0;
  for (const f of features) {
    out.set(f.edges, offset);
    offset += f.edges.length;
  }
  return out;
}

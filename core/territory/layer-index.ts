/**
 * 空间索引 — a uniform grid over one layer, built once. Each cell is classified at build time:
 *  - pure: no edge comes within a margin of the cell, so every point in it has the same answer (a feature index or
 *    none) and a lookup costs one array read, no edge test;
 *  - mixed: an edge passes near; the point is tested exactly, against only the edges of its grid row ("row band").
 * The row band holds every edge whose latitude span overlaps the row, which is exactly the set the eastward crossing
 * ray can meet and every edge that can lie within epsilon of the point, so the banded test equals the full test.
 */
import type { CompiledLayer } from './compile-layer';
import { BOUNDARY_EPSILON_DEG, isCrossingEastRay, isNearSegment } from './point-in-polygon';
import {
  computeMargin,
  createGrid,
  fillPureCells,
  type Grid,
  isInGrid,
  locateColumn,
  locateRow,
  markMixedCells,
} from './uniform-grid';

/** 空间索引选项 — grid size and boundary tolerance. */
export interface LayerIndexOptions {
  /** Upper bound on grid cells (memory: 4 bytes each). Finer grids leave fewer mixed cells. */
  readonly maxCells?: number;
  readonly epsilon?: number;
}

/** 图层索引 — answers which feature of one layer holds a point. */
export interface LayerIndex {
  /**
   * −1 when no feature holds or touches the point; otherwise `featureIndex * 2 + (onBorder ? 1 : 0)`, where the
   * feature is the lowest-index one that holds or touches it. Packed in one number so a lookup allocates nothing.
   */
  locate(x: number, y: number): number;
  /** Every feature that holds or touches the point, ascending; for tie-breaks other than lowest index. */
  listCandidates(x: number, y: number): number[];
}

const MIXED = -2;
const EMPTY = -1;
const DEFAULT_MAX_CELLS = 1 << 16;

export function buildLayerIndex(layer: CompiledLayer, options: LayerIndexOptions = {}): LayerIndex {
  const { edges, edgeFeature } = layer;
  if (edgeFeature.length === 0) return { locate: () => -1, listCandidates: () => [] };
  const epsilon = options.epsilon ?? BOUNDARY_EPSILON_DEG;
  const margin = computeMargin(epsilon);
  const grid = createGrid([edges], options.maxCells ?? DEFAULT_MAX_CELLS, margin);
  const bands = buildRowBands(edges, edgeFeature, grid, margin);
  const cells = new Int32Array(grid.nx * grid.ny);
  markMixedCells(edges, grid, margin, cells, MIXED);
  fillPureCells(cells, grid, MIXED, (x, y, row) => {
    const found = scanRow(bands, row, x, y, epsilon);
    return found < 0 ? EMPTY : found >> 1;
  });
  return new GridLayerIndex(grid, cells, bands, epsilon);
}

/** 行带 — per grid row, the edges whose latitude span overlaps the row (with a margin). */
interface RowBands {
  /** Row r's edges are entries rowStart[r] .. rowStart[r + 1] − 1, in ascending feature order. */
  readonly rowStart: Int32Array;
  readonly coords: Float64Array;
  readonly feature: Int32Array;
}

function buildRowBands(edges: Float64Array, edgeFeature: Int32Array, grid: Grid, margin: number): RowBands {
  const edgeCount = edgeFeature.length;
  const rowStart = new Int32Array(grid.ny + 1);
  const rowRange = (e: number): [number, number] => {
    const y1 = edges[4 * e + 1]!;
    const y2 = edges[4 * e + 3]!;
    return [locateRow(grid, Math.min(y1, y2) - margin), locateRow(grid, Math.max(y1, y2) + margin)];
  };
  for (let e = 0; e < edgeCount; e++) {
    const [r0, r1] = rowRange(e);
    for (let r = r0; r <= r1; r++) rowStart[r + 1]!++;
  }
  for (let r = 0; r < grid.ny; r++) rowStart[r + 1]! += rowStart[r]!;
  const fill = rowStart.slice(0, grid.ny);
  const coords = new Float64Array(4 * rowStart[grid.ny]!);
  const feature = new Int32Array(rowStart[grid.ny]!);
  // Edges arrive in ascending feature order, so each row's entries stay in that order too.
  for (let e = 0; e < edgeCount; e++) {
    const [r0, r1] = rowRange(e);
    for (let r = r0; r <= r1; r++) {
      const slot = fill[r]!++;
      coords.set(edges.subarray(4 * e, 4 * e + 4), 4 * slot);
      feature[slot] = edgeFeature[e]!;
    }
  }
  return { rowStart, coords, feature };
}

function scanRow(bands: RowBands, row: number, x: number, y: number, epsilon: number): number {
  const { rowStart, coords, feature } = bands;
  const end = rowStart[row + 1]!;
  let best = -1;
  let onBorder = false;
  let current = -1;
  let odd = false;
  let touched = false;
  for (let i = rowStart[row]!; i < end; i++) {
    const f = feature[i]!;
    if (f !== current) {
      if (best < 0 && (odd || touched)) best = current;
      current = f;
      odd = false;
      touched = false;
    }
    const x1 = coords[4 * i]!;
    const y1 = coords[4 * i + 1]!;
    const x2 = coords[4 * i + 2]!;
    const y2 = coords[4 * i + 3]!;
    if (isNearSegment(x, y, x1, y1, x2, y2, epsilon)) {
      touched = true;
      onBorder = true;
    } else if (isCrossingEastRay(x, y, x1, y1, x2, y2)) {
      odd = !odd;
    }
  }
  if (best < 0 && (odd || touched)) best = current;
  return best < 0 ? -1 : best * 2 + (onBorder ? 1 : 0);
}

class GridLayerIndex implements LayerIndex {
  constructor(
    private readonly grid: Grid,
    private readonly cells: Int32Array,
    private readonly bands: RowBands,
    private readonly epsilon: number,
  ) {}

  locate(x: number, y: number): number {
    const g = this.grid;
    if (!isInGrid(g, x, y)) return -1;
    const row = locateRow(g, y);
    const value = this.cells[row * g.nx + locateColumn(g, x)]!;
    if (value >= 0) return value * 2;
    if (value === EMPTY) return -1;
    return scanRow(this.bands, row, x, y, this.epsilon);
  }

  listCandidates(x: number, y: number): number[] {
    const g = this.grid;
    if (!isInGrid(g, x, y)) return [];
    const { rowStart, coords, feature } = this.bands;
    const row = locateRow(g, y);
    const odd = new Set<number>();
    const touched = new Set<number>();
    for (let i = rowStart[row]!; i < rowStart[row + 1]!; i++) {
      const f = feature[i]!;
      const x1 = coords[4 * i]!;
      const y1 = coords[4 * i + 1]!;
      const x2 = coords[4 * i + 2]!;
      const y2 = coords[4 * i + 3]!;
      if (isNearSegment(x, y, x1, y1, x2, y2, this.epsilon)) touched.add(f);
      else if (isCrossingEastRay(x, y, x1, y1, x2, y2)) {
        if (odd.has(f)) odd.delete(f);
        else odd.add(f);
      }
    }
    return [...new Set([...touched, ...odd])].sort((a, b) => a - b);
  }
}

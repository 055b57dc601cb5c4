/**
 * 均匀网格 — the grid arithmetic shared by the per-layer indices and the combined answer grid: sizing a grid over a
 * set of edges, finding a point's cell, and marking the cells an edge passes near ("mixed"), which are the only
 * cells whose points need an exact test.
 */

/** 网格 — a uniform grid over a bounding box, nx columns by ny rows. */
export interface Grid {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly nx: number;
  readonly ny: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly invW: number;
  readonly invH: number;
}

/** Extra distance (degrees) beyond epsilon that keeps a pure cell pure despite rounding in the cell arithmetic. */
export function computeMargin(epsilon: number): number {
  return 2 * epsilon + 1e-12;
}

/** A grid of at most `maxCells` near-square cells over every edge in `edgeSets` (packed x1, y1, x2, y2), padded. */
export function createGrid(edgeSets: readonly Float64Array[], maxCells: number, margin: number): Grid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const edges of edgeSets) {
    for (let i = 0; i < edges.length; i += 2) {
      minX = Math.min(minX, edges[i]!);
      maxX = Math.max(maxX, edges[i]!);
      minY = Math.min(minY, edges[i + 1]!);
      maxY = Math.max(maxY, edges[i + 1]!);
    }
  }
  minX -= 2 * margin;
  minY -= 2 * margin;
  maxX += 2 * margin;
  maxY += 2 * margin;
  const width = maxX - minX;
  const height = maxY - minY;
  const cells = Math.max(1, Math.floor(maxCells));
  const nx = Math.max(1, Math.min(cells, Math.round(Math.sqrt((cells * width) / height))));
  const ny = Math.max(1, Math.floor(cells / nx));
  return { minX, minY, maxX, maxY, nx, ny, cellW: width / nx, cellH: height / ny, invW: nx / width, invH: ny / height };
}

export function isInGrid(grid: Grid, x: number, y: number): boolean {
  // Written so that NaN is outside too.
  return x >= grid.minX && x < grid.maxX && y >= grid.minY && y < grid.maxY;
}

export function locateRow(grid: Grid, y: number): number {
  const row = Math.floor((y - grid.minY) * grid.invH);
  return row < 0 ? 0 : row >= grid.ny ? grid.ny - 1 : row;
}

export function locateColumn(grid: Grid, x: number): number {
  const column = Math.floor((x - grid.minX) * grid.invW);
  return column < 0 ? 0 : column >= grid.nx ? grid.nx - 1 : column;
}

/** Sets `cells[k] = mixed` for every cell that some edge passes within `margin` of. */
export function markMixedCells(edges: Float64Array, grid: Grid, margin: number, cells: Int32Array, mixed: number): void {
  for (let i = 0; i < edges.length; i += 4) {
    const x1 = edges[i]!;
    const y1 = edges[i + 1]!;
    const x2 = edges[i + 2]!;
    const y2 = edges[i + 3]!;
    const c0 = locateColumn(grid, Math.min(x1, x2) - margin);
    const c1 = locateColumn(grid, Math.max(x1, x2) + margin);
    const r0 = locateRow(grid, Math.min(y1, y2) - margin);
    const r1 = locateRow(grid, Math.max(y1, y2) + margin);
    for (let r = r0; r <= r1; r++) {
      const top = grid.minY + (r + 1) * grid.cellH + margin;
      const bottom = grid.minY + r * grid.cellH - margin;
      for (let c = c0; c <= c1; c++) {
        const left = grid.minX + c * grid.cellW - margin;
        const right = grid.minX + (c + 1) * grid.cellW + margin;
        if (isSegmentTouchingBox(x1, y1, x2, y2, left, bottom, right, top)) cells[r * grid.nx + c] = mixed;
      }
    }
  }
}

// The boxes come from the segment's own bounding range, so only the segment's normal can still separate them.
function isSegmentTouchingBox(x1: number, y1: number, x2: number, y2: number, l: number, b: number, r: number, t: number): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const s1 = dx * (b - y1) - dy * (l - x1);
  const s2 = dx * (b - y1) - dy * (r - x1);
  const s3 = dx * (t - y1) - dy * (l - x1);
  const s4 = dx * (t - y1) - dy * (r - x1);
  return !((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0));
}

/**
 * Fills every non-mixed cell, row by row. Neighbouring pure cells in a row share an edge-free side and therefore an
 * answer, so `answerAt` (an exact test at the cell centre) runs once per run of pure cells, not once per cell.
 */
export function fillPureCells(
  cells: Int32Array,
  grid: Grid,
  mixed: number,
  answerAt: (x: number, y: number, row: number) => number,
): void {
  for (let r = 0; r < grid.ny; r++) {
    const y = grid.minY + (r + 0.5) * grid.cellH;
    let hasRun = false;
    let runValue = 0;
    for (let c = 0; c < grid.nx; c++) {
      const k = r * grid.nx + c;
      if (cells[k] === mixed) {
        hasRun = false;
        continue;
      }
      if (!hasRun) {
        runValue = answerAt(grid.minX + (c + 0.5) * grid.cellW, y, r);
        hasRun = true;
      }
      cells[k] = runValue;
    }
  }
}

/**
 * 导入校验报告 — what the validation of an imported boundary layer found: every problem with its feature and reason,
 * warnings that do not block, the methods and tolerances used, and the CRS the file was read in. On any problem the
 * import changes nothing.
 */
import type { Crs } from '../../../../core/territory';

/** 校验项 */
export type ImportCheck = 'format' | 'id' | 'geometry' | 'ring' | 'crs' | 'containment' | 'overlap' | 'gap';

/** 问题 — one finding; `featureId` null when it concerns the layer as a whole. */
export interface ImportProblem {
  readonly check: ImportCheck;
  readonly featureId: string | null;
  /** Position of the feature in the file (0-based), null for the whole layer. */
  readonly featureIndex: number | null;
  readonly reason: string;
  /** A sample position (WGS-84) where the problem shows, when there is one. */
  readonly at?: readonly [number, number];
}

/** 校验汇总 — one line per check: what it did and what it found. */
export interface CheckSummary {
  readonly check: ImportCheck;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly method: string;
}

/** 导入报告 */
export interface ImportReport {
  readonly layer: string;
  readonly ok: boolean;
  readonly featureCount: number;
  readonly crs: { readonly input: Crs; readonly declaredBy: 'query' | 'prj' | 'default'; readonly convertedToWgs84: boolean };
  readonly checks: readonly CheckSummary[];
  readonly problems: readonly ImportProblem[];
  readonly warnings: readonly ImportProblem[];
}

/** 容差 — how much slack the geometric checks allow (boundaries digitised by different hands never agree exactly). */
export interface ImportTolerances {
  /** A feature may stick out of the expanded area by this much. */
  readonly containmentMeters: number;
  /** Two features of a layer may overlap by this much in all. */
  readonly overlapSquareMeters: number;
  /** The bodies may leave this much of the expanded area uncovered in all. */
  readonly gapSquareMeters: number;
  /** Upper bound on grid samples per sampling check. */
  readonly maxSamples: number;
}

export const DEFAULT_TOLERANCES: ImportTolerances = {
  containmentMeters: 100,
  overlapSquareMeters: 20_000,
  gapSquareMeters: 20_000,
  maxSamples: 250_000,
};

/** Metres per degree of latitude, and of longitude at the zone's latitude, for the report's areas and distances. */
export const METERS_PER_DEGREE_LAT = 111_320;
export function metersPerDegreeLon(lat: number): number {
  return METERS_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180);
}

/**
 * 点位分类 — the hot path: one WGS-84 point through the six layer indices, written into reusable numeric fields so
 * that classifying a million points allocates nothing. The object answers and the columnar batch are both built
 * from it.
 */
import { type AnswerGrid, buildAnswerGrid } from './answer-grid';
import type { CompiledLayer } from './compile-layer';
import { buildLayerIndex, type LayerIndex, type LayerIndexOptions } from './layer-index';
import { BOUNDARY_EPSILON_DEG } from './point-in-polygon';
import type { TerritoryLayerName } from './territory-layers';
import { computeMargin } from './uniform-grid';

/** Border bits, one per layer, in TERRITORY_LAYER_NAMES order. */
export const BORDER_BIT: Readonly<Record<TerritoryLayerName, number>> = {
  original: 1,
  expanded: 2,
  towns: 4,
  bodies: 8,
  communities: 16,
  corridors: 32,
};

/** Area codes as stored in columns: see AREA_BY_CODE. */
const AREA_OUTSIDE = 0;
const AREA_ORIGINAL = 1;
const AREA_EXPANSION = 2;

/** 点位分类选项 — per-layer index options, plus the size of the combined answer grid (0 turns it off). */
export interface ClassifierOptions extends LayerIndexOptions {
  readonly maxAnswerCells?: number;
}

const DEFAULT_MAX_ANSWER_CELLS = 1 << 19;

/** 点位分类器 — the indices of one set of layers and the last point's answer as plain numbers. */
export class PointClassifier {
  area = AREA_OUTSIDE;
  town = -1;
  body = -1;
  community = -1;
  corridor = -1;
  border = 0;

  private readonly original: LayerIndex;
  private readonly expanded: LayerIndex;
  private readonly towns: LayerIndex;
  private readonly bodies: LayerIndex;
  private readonly communities: LayerIndex;
  private readonly corridors: LayerIndex;
  /** The area code each body declares in its `area` property (0 when it declares none), for border tie-breaks. */
  private readonly bodyAreaCodes: Int32Array;
  private readonly answerGrid: AnswerGrid;
  private readonly answers: Int32Array;

  constructor(layers: Record<TerritoryLayerName, CompiledLayer>, options: ClassifierOptions) {
    this.original = buildLayerIndex(layers.original, options);
    this.expanded = buildLayerIndex(layers.expanded, options);
    this.towns = buildLayerIndex(layers.towns, options);
    this.bodies = buildLayerIndex(layers.bodies, options);
    this.communities = buildLayerIndex(layers.communities, options);
    this.corridors = buildLayerIndex(layers.corridors, options);
    this.bodyAreaCodes = Int32Array.from(layers.bodies.features, (feature) => {
      const area = feature.properties['area'];
      return area === 'original' ? AREA_ORIGINAL : area === 'expansion' ? AREA_EXPANSION : AREA_OUTSIDE;
    });
    const maxAnswerCells = options.maxAnswerCells ?? DEFAULT_MAX_ANSWER_CELLS;
    this.answerGrid =
      maxAnswerCells > 0
        ? buildAnswerGrid(
            Object.values(layers).map((layer) => layer.edges),
            maxAnswerCells,
            computeMargin(options.epsilon ?? BOUNDARY_EPSILON_DEG),
            (x, y) => {
              this.classifyExactly(x, y);
              return this;
            },
          )
        : { find: () => -1, answers: new Int32Array(0) };
    this.answers = this.answerGrid.answers;
  }

  /**
   * Classifies (x, y) in WGS-84 degrees. Boundaries count as inside (closed polygons), so a point on the outer edge
   * of the zone is in the zone and still gets a body. Bodies, communities and corridors are only answered in the
   * zone; the town is answered wherever a town polygon holds the point.
   */
  classify(x: number, y: number): void {
    const shared = this.answerGrid.find(x, y);
    if (shared < 0) {
      this.classifyExactly(x, y);
      return;
    }
    const k = shared * 5;
    const answers = this.answers;
    this.area = answers[k]!;
    this.town = answers[k + 1]!;
    this.body = answers[k + 2]!;
    this.community = answers[k + 3]!;
    this.corridor = answers[k + 4]!;
    this.border = 0;
  }

  /** The same answer through the per-layer indices, for points near an edge of any layer. */
  classifyExactly(x: number, y: number): void {
    let border = 0;
    const original = this.original.locate(x, y);
    const expanded = this.expanded.locate(x, y);
    const town = this.towns.locate(x, y);
    if (original >= 0 && (original & 1) === 1) border |= BORDER_BIT.original;
    if (expanded >= 0 && (expanded & 1) === 1) border |= BORDER_BIT.expanded;
    if (town >= 0 && (town & 1) === 1) border |= BORDER_BIT.towns;
    const area = original >= 0 ? AREA_ORIGINAL : expanded >= 0 ? AREA_EXPANSION : AREA_OUTSIDE;
    this.area = area;
    this.town = town >> 1;
    if (area === AREA_OUTSIDE) {
      this.body = -1;
      this.community = -1;
      this.corridor = -1;
      this.border = border;
      return;
    }
    const body = this.bodies.locate(x, y);
    const community = this.communities.locate(x, y);
    const corridor = this.corridors.locate(x, y);
    if (body >= 0 && (body & 1) === 1) {
      border |= BORDER_BIT.bodies;
      this.body = this.breakBodyTie(x, y, area);
    } else {
      this.body = body >> 1;
    }
    if (community >= 0 && (community & 1) === 1) border |= BORDER_BIT.communities;
    if (corridor >= 0 && (corridor & 1) === 1) border |= BORDER_BIT.corridors;
    this.community = community >> 1;
    this.corridor = corridor >> 1;
    this.border = border;
  }

  // On a border between bodies, prefer the body of the area already decided (so that a point on the 2017 line
  // is not "original area, handled by an expansion body"); among equals, the lowest id.
  private breakBodyTie(x: number, y: number, area: number): number {
    const candidates = this.bodies.listCandidates(x, y);
    const sameArea = candidates.find((candidate) => this.bodyAreaCodes[candidate] === area);
    return sameArea ?? candidates[0] ?? -1;
  }
}

/**
 * 街镇专题图 — colours each town of the zone map by a statistics measure: the towns layer's polygons, matched by their
 * 9-digit code, each given the colour of its class, and the legend of the classes. Pure, so the classing is tested.
 */
import type { MapFeatureCollection } from '../../territory/territory-api';
import { featureIdOf } from '../../territory/map-data';
import type { Measure, StatisticsRow } from '../registry-api';

/** Light to dark blue; the map lays fills at 35 % opacity, so the ramp is saturated to stay readable there. */
export const CHOROPLETH_RAMP = ['#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'] as const;

/** The opacity the zone map draws an overlay fill with (zone-map-sync.ts). */
export const OVERLAY_FILL_OPACITY = 0.35;

/** 图例分级 — one class of the legend: values from `min` to `max` inclusive. */
export interface ChoroplethClass {
  min: number;
  max: number;
  color: string;
}

export interface Choropleth {
  /** The towns that have a value, each with its `color` and `value` properties. */
  data: MapFeatureCollection;
  classes: ChoroplethClass[];
}

/**
 * Equal-count classes (quantiles) over the towns' values, at most one per ramp colour: eleven towns with skewed
 * counts read better by rank than by equal intervals. Ties never fall in two classes, and with no more distinct
 * values than colours each value is its own class.
 */
export function classify(values: readonly number[], ramp: readonly string[] = CHOROPLETH_RAMP): ChoroplethClass[] {
  const sorted = [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const count = Math.min(ramp.length, distinct.length);
  const upperBounds =
    distinct.length <= ramp.length
      ? distinct
      : [...new Set(Array.from({ length: count }, (_, i) => sorted[Math.ceil(((i + 1) * sorted.length) / count) - 1]!))];
  const classes = upperBounds.map((max, i) => ({ min: i === 0 ? sorted[0]! : distinct.find((value) => value > upperBounds[i - 1]!)!, max }));
  // Spread the colours over the whole ramp so that the darkest always means the most.
  return classes.map((item, i) => ({
    ...item,
    color: ramp[classes.length === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (classes.length - 1))]!,
  }));
}

/** The class colour of `value`. */
export function colorOf(value: number, classes: readonly ChoroplethClass[]): string | undefined {
  return classes.find((item) => value >= item.min && value <= item.max)?.color ?? classes.at(-1)?.color;
}

/** The towns layer coloured by `measure` of the rows of `by=town` statistics (row key = the town's 9-digit code). */
export function buildTownChoropleth(towns: MapFeatureCollection | undefined, rows: readonly StatisticsRow[], measure: Measure): Choropleth {
  const values = new Map(rows.filter((row) => row.key !== null).map((row) => [row.key!, row[measure]]));
  const features = (towns?.features ?? []).filter((feature) => values.has(featureIdOf(feature) ?? ''));
  const classes = classify(features.map((feature) => values.get(featureIdOf(feature)!)!));
  return {
    data: {
      type: 'FeatureCollection',
      features: features.map((feature) => {
        const value = values.get(featureIdOf(feature)!)!;
        return { ...feature, properties: { ...feature.properties, value, color: colorOf(value, classes) } };
      }),
    },
    classes,
  };
}

/** The colour a fill of `color` at `opacity` shows over white, for legend swatches that match the map. */
export function blendOverWhite(color: string, opacity: number = OVERLAY_FILL_OPACITY): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  const blended = channels.map((channel) => Math.round(255 - (255 - channel) * opacity));
  return `#${blended.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

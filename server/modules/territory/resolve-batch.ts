/**
 * 批量定位 — up to 100,000 points in one request, resolved in columns (no object per point). Points share a handful
 * of distinct answers, so the answer lists each distinct one once, with the names of its town, body, community and
 * corridor in both languages, and gives each point the index of its answer.
 */
import { AppError } from '../../../core/errors';
import { AREA_BY_CODE, type Crs, getCrs, type ResolvedColumns, TERRITORY_LAYER_NAMES } from '../../../core/territory';
import type { NamedFeature, Territory } from './build-territory';

export const MAX_BATCH_POINTS = 100_000;
const MAX_REPORTED = 20;

/** Reads `[{ lon, lat }]` into columns; any point that is not such an object is reported by its index. */
export function readPointColumns(points: readonly unknown[]): { lons: Float64Array; lats: Float64Array } {
  const lons = new Float64Array(points.length);
  const lats = new Float64Array(points.length);
  const issues: string[] = [];
  const fields: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as { lon?: unknown; lat?: unknown } | null;
    if (point !== null && typeof point === 'object' && typeof point.lon === 'number' && typeof point.lat === 'number') {
      lons[i] = point.lon;
      lats[i] = point.lat;
      continue;
    }
    if (issues.length >= MAX_REPORTED) break;
    const field = point === null || typeof point !== 'object' ? `points[${i}]` : typeof point.lon !== 'number' ? `points[${i}].lon` : `points[${i}].lat`;
    fields.push(field);
    issues.push(`${field}: must be ${field.endsWith(']') ? 'an object { lon, lat }' : 'a number'}, got ${describe(field.endsWith(']') ? point : field.endsWith('lon') ? point!.lon : point!.lat)}`);
  }
  if (issues.length > 0) throw new AppError('COORDINATES_INVALID', { fields, issues });
  return { lons, lats };
}

/**
 * The whole answer as a JSON string: the distinct answers once each (with names), and per point the index of its
 * answer — a few hundred distinct answers cover any number of points, so 100,000 points cost ~0.5 MB, not 12.
 */
export function resolveBatch(territory: Territory, points: readonly unknown[], crsInput: unknown): string {
  const crs: Crs = getCrs(crsInput ?? 'wgs84');
  const { lons, lats } = readPointColumns(points);
  const columns = territory.resolver.resolveColumns(lons, lats, crs);
  const { towns, bodies, communities, corridors } = territory.names;
  // One number per distinct answer: each layer's index (+1 so that "none" is 0) in its own mixed-radix digit.
  const radix = [towns.length + 1, bodies.length + 1, communities.length + 1, corridors.length + 1, 1 << TERRITORY_LAYER_NAMES.length];
  const answerOf = new Map<number, number>();
  const answers: string[] = [];
  const results = new Int32Array(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const key =
      ((((columns.area[i]! * radix[0]! + columns.town[i]! + 1) * radix[1]! + columns.body[i]! + 1) * radix[2]! + columns.community[i]! + 1) * radix[3]! +
        columns.corridor[i]! + 1) * radix[4]! + columns.border[i]!;
    let answer = answerOf.get(key);
    if (answer === undefined) {
      answer = answers.length;
      answerOf.set(key, answer);
      answers.push(describeAnswer(territory, columns, i));
    }
    results[i] = answer;
  }
  return (
    `{"count":${columns.count},"crs":${JSON.stringify(crs)},"versions":${JSON.stringify(territory.resolver.versions)},` +
    `"answers":[${answers.join(',')}],"results":[${results.join(',')}]}`
  );
}

function describeAnswer(territory: Territory, columns: ResolvedColumns, i: number): string {
  const { towns, bodies, communities, corridors } = territory.names;
  const pick = (features: readonly NamedFeature[], index: number) => (index >= 0 ? features[index]! : null);
  const border = columns.border[i]!;
  return JSON.stringify({
    inZone: columns.area[i] !== 0,
    area: AREA_BY_CODE[columns.area[i]!],
    town: pick(towns, columns.town[i]!),
    body: pick(bodies, columns.body[i]!),
    community: pick(communities, columns.community[i]!),
    corridor: pick(corridors, columns.corridor[i]!),
    onBorder: TERRITORY_LAYER_NAMES.filter((_, bit) => (border & (1 << bit)) !== 0),
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  return typeof value;
}

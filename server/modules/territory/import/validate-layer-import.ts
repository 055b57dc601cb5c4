/**
 * 导入校验 — validates an imported boundary layer before anything is stored: structure, ids, rings and CRS first
 * (read-import-features), then, when those hold, the sampling checks that fit the layer:
 *
 *   layer        containment  overlaps  bodies cover the expanded area  ids
 *   original     error        error     —                               —
 *   expanded     (warnings: the original area and bodies in force against the new outline)
 *   towns        — (only the part in the zone matters)  error   —       9-digit codes; unknown codes warn
 *   bodies       error        error     error                           must be bodies of the zone
 *   communities  error        error     —                               —
 *   corridors    error        error     —                               —
 *
 * Pure: the caller hands in the layers in force. Returns the report and, when it is clean, the WGS-84 layer.
 */
import type { Crs, FeatureCollection } from '../../../../core/territory';
import { checkContainment, checkCoverage, checkOverlaps } from './check-layer-geometry';
import { DEFAULT_TOLERANCES, type CheckSummary, type ImportProblem, type ImportReport, type ImportTolerances } from './import-report';
import { type ImportFeature, readImportFeatures } from './read-import-features';
import { indexFeatures } from './sample-grid';

/** 可导入图层 */
export type ImportableLayer = 'original' | 'expanded' | 'towns' | 'bodies' | 'communities' | 'corridors';

export const IMPORTABLE_LAYERS: readonly ImportableLayer[] = ['original', 'expanded', 'towns', 'bodies', 'communities', 'corridors'];

/** 现行图层 — what the import is checked against. */
export interface ImportContext {
  readonly expanded: FeatureCollection;
  readonly original: FeatureCollection;
  readonly bodies: FeatureCollection;
  /** Ids of the zone's bodies (for a bodies layer) or town codes (for a towns layer). */
  readonly knownIds: ReadonlySet<string>;
}

export interface ImportInput {
  readonly layer: ImportableLayer;
  readonly data: unknown;
  readonly crs: Crs;
  readonly crsDeclaredBy: ImportReport['crs']['declaredBy'];
}

export interface ValidatedImport {
  readonly report: ImportReport;
  /** The layer in WGS-84 with normalised ids and names; null when the report has problems. */
  readonly collection: FeatureCollection | null;
}

export function validateLayerImport(input: ImportInput, context: ImportContext, tolerances: ImportTolerances = DEFAULT_TOLERANCES): ValidatedImport {
  const { layer } = input;
  const read = readImportFeatures(layer, input.data, input.crs);
  const problems: ImportProblem[] = [...read.problems];
  const warnings: ImportProblem[] = [];
  const checks: CheckSummary[] = [];
  const summarize = (check: CheckSummary['check'], method: string, found: readonly ImportProblem[], skipped = false) =>
    checks.push({ check, method, status: skipped ? 'skipped' : found.some((p) => p.check === check) ? 'failed' : 'passed' });

  summarize('format', 'a GeoJSON FeatureCollection of Polygon or MultiPolygon features', problems.filter((p) => p.check === 'format' || p.check === 'geometry'));
  problems.push(...checkIds(layer, read.features, context.knownIds, warnings));
  summarize('id', idMethod(layer), problems);
  summarize('ring', 'every ring: at least 4 positions, closed, 3 distinct corners, an area, no self-intersection', problems);
  summarize('crs', `positions in degrees; read as ${input.crs} and converted to WGS-84`, problems);

  const firstPass = problems.length === 0;
  const indexed = firstPass ? indexFeatures(layer, read.features) : [];
  const withIndex = read.features.map((feature, i) => ({ ...feature, indexed: indexed[i]! }));
  // The outline everything is checked against: the file itself when it is the expanded area, else the one in force.
  const expanded = firstPass ? indexFeatures('expanded', layer === 'expanded' ? featuresOf(null, read.features) : featuresOf(context.expanded, [])) : [];

  if (!firstPass) {
    for (const check of ['containment', 'overlap', 'gap'] as const) summarize(check, 'skipped until the file passes the checks above', [], true);
  } else {
    if (['original', 'bodies', 'communities', 'corridors'].includes(layer)) {
      const result = checkContainment(withIndex, expanded, tolerances);
      problems.push(...result.problems);
      summarize('containment', result.method, problems);
    } else if (layer === 'expanded') {
      const originals = featuresOf(context.original, []).map((f) => ({ ...f, indexed: indexFeatures('original', [f])[0]! }));
      const result = checkContainment(originals, expanded, tolerances);
      warnings.push(...result.problems.map((p) => ({ ...p, reason: `the original area in force ${p.reason.replace(/^lies/, 'would lie')}` })));
      summarize('containment', `${result.method} (the original area in force against the new outline; warnings only)`, []);
    } else {
      summarize('containment', 'not applied to towns: only the part of a town inside the zone matters', [], true);
    }
    const overlaps = checkOverlaps(indexed, tolerances);
    problems.push(...overlaps.problems);
    summarize('overlap', overlaps.method, problems);
    if (layer === 'bodies' || layer === 'expanded') {
      const bodies = layer === 'bodies' ? indexed : indexFeatures('bodies', featuresOf(context.bodies, []));
      const coverage = checkCoverage(bodies, expanded, tolerances);
      if (layer === 'bodies') problems.push(...coverage.problems);
      else warnings.push(...coverage.problems.map((p) => ({ ...p, reason: `with the bodies in force, ${p.reason}; import matching bodies next` })));
      summarize('gap', layer === 'bodies' ? coverage.method : `${coverage.method} (the bodies in force against the new outline; warnings only)`, problems);
    } else {
      summarize('gap', 'applies to the bodies layer only', [], true);
    }
  }

  const report: ImportReport = {
    layer,
    ok: problems.length === 0,
    featureCount: read.features.length,
    crs: { input: input.crs, declaredBy: input.crsDeclaredBy, convertedToWgs84: input.crs !== 'wgs84' },
    checks,
    problems,
    warnings,
  };
  const collection: FeatureCollection | null = report.ok
    ? {
        type: 'FeatureCollection',
        features: read.features.map((f) => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: f.geometry })),
      }
    : null;
  return { report, collection };
}

function checkIds(layer: ImportableLayer, features: readonly ImportFeature[], knownIds: ReadonlySet<string>, warnings: ImportProblem[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const feature of features) {
    const at = { featureId: feature.id, featureIndex: feature.index };
    if (layer === 'towns' && !/^\d{9}$/.test(feature.id)) {
      problems.push({ check: 'id', ...at, reason: 'a town is identified by its 9-digit statistical code' });
    } else if (layer === 'towns' && !knownIds.has(feature.id)) {
      warnings.push({ check: 'id', ...at, reason: 'not a town of the zone: it resolves, but no unit of the zone answers for it' });
    } else if (layer === 'bodies' && !knownIds.has(feature.id)) {
      problems.push({ check: 'id', ...at, reason: `not a body of the zone (known: ${[...knownIds].join(', ')})` });
    }
  }
  return problems;
}

function idMethod(layer: ImportableLayer): string {
  if (layer === 'towns') return 'ids present and unique, 9-digit town codes (codes not in the zone warn)';
  if (layer === 'bodies') return 'ids present and unique, each a body of the zone';
  return 'ids present and unique';
}

/** The features of a collection in force (or, for null, of the file) in the shape the index builder takes. */
function featuresOf(collection: FeatureCollection | null, fromFile: readonly ImportFeature[]) {
  if (collection === null) return fromFile.map(({ id, index, geometry }) => ({ id, index, geometry }));
  return collection.features.flatMap((feature, index) => {
    const geometry = feature.geometry as { type: string; coordinates: unknown } | null;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
    const id = String(feature.id ?? feature.properties?.['id'] ?? index);
    return [{ id, index, geometry: geometry as { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }];
  });
}

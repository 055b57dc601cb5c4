/**
 * 图层引用检查 — the checks of layers.yaml against its GeoJSON files and the organisation units: geometry types
 * as declared, unique feature ids, and for a layer of units (towns, bodies) one feature per unit and no other,
 * with codes and attributes that agree with organisations.yaml.
 */
import type { LayerFeature } from './geojson.schema';
import { checkFact, findDuplicates } from './check-unit-references';
import type { OrgUnit, TerritoryLayer, ZonePack } from './zone-pack.schema';
import { ZONE_PACK_FILES } from './zone-pack.schema';
import type { ZonePackIssue } from './zone-pack-issue';

const LAYERS = ZONE_PACK_FILES.layers;

const GEOMETRY_TYPES: Record<TerritoryLayer['geometry'], readonly string[]> = {
  polygon: ['Polygon', 'MultiPolygon'],
  point: ['Point'],
  line: ['LineString'],
};

/** Issues of the layers; an empty list when every layer agrees with its declaration and the units. */
export function checkLayerReferences(pack: ZonePack): ZonePackIssue[] {
  const issues: ZonePackIssue[] = [];
  for (const { index, first, value } of findDuplicates(pack.layers.map((l) => l.layer))) {
    issues.push({ file: LAYERS, path: `layers[${index}].layer`, reason: `duplicate layer "${value}" (first at layers[${first}])` });
  }
  for (const { index, first, value } of findDuplicates(pack.layers.map((l) => l.file))) {
    issues.push({ file: LAYERS, path: `layers[${index}].file`, reason: `"${value}" is already layers[${first}]` });
  }
  pack.layers.forEach((layer, i) => {
    issues.push(...checkFact(pack, layer, LAYERS, `layers[${i}].`), ...checkFeatures(layer));
    if (layer.unitKind) issues.push(...checkUnitLayer(pack.units, layer, i));
  });
  return issues;
}

function checkFeatures(layer: TerritoryLayer): ZonePackIssue[] {
  const allowed = GEOMETRY_TYPES[layer.geometry];
  const features = layer.geojson.features;
  const issues: ZonePackIssue[] = [];
  features.forEach((feature, i) => {
    if (!allowed.includes(feature.geometry.type)) {
      issues.push({
        file: layer.file,
        path: `features[${i}].geometry.type`,
        reason: `layer "${layer.layer}" holds ${layer.geometry} features (${allowed.join(' or ')}), not ${feature.geometry.type}`,
      });
    }
  });
  for (const { index, first, value } of findDuplicates(features.map((f) => f.properties.id))) {
    issues.push({ file: layer.file, path: `features[${index}].properties.id`, reason: `duplicate id "${value}" (first at features[${first}])` });
  }
  return issues;
}

function checkUnitLayer(units: OrgUnit[], layer: TerritoryLayer, layerIndex: number): ZonePackIssue[] {
  const kind = layer.unitKind!;
  const ofKind = new Map(units.filter((u) => u.kind === kind).map((u) => [u.id, u]));
  const issues: ZonePackIssue[] = [];
  const featureIds = new Set<string>();
  layer.geojson.features.forEach((feature, i) => {
    featureIds.add(feature.properties.id);
    const unit = ofKind.get(feature.properties.id);
    if (!unit) {
      issues.push({
        file: layer.file,
        path: `features[${i}].properties.id`,
        reason: `no unit of kind "${kind}" with id "${feature.properties.id}" in ${ZONE_PACK_FILES.organisations}`,
      });
      return;
    }
    issues.push(...compareAttributes(unit, feature, layer.file, i));
  });
  for (const id of ofKind.keys()) {
    if (!featureIds.has(id)) {
      issues.push({ file: LAYERS, path: `layers[${layerIndex}].file`, reason: `${layer.file} has no feature for ${kind} "${id}"` });
    }
  }
  return issues;
}

// The layer and organisations.yaml describe the same unit: where both state a code or an attribute, they agree.
function compareAttributes(unit: OrgUnit, feature: LayerFeature, file: string, i: number): ZonePackIssue[] {
  const expected: Record<string, unknown> = {};
  if ('code' in unit) Object.assign(expected, { code: unit.code, code12: unit.code12 });
  if (unit.kind === 'body') Object.assign(expected, { area: unit.area, approvalMark: unit.approvalMark });
  const issues: ZonePackIssue[] = [];
  for (const [key, value] of Object.entries(expected)) {
    const actual = feature.properties[key];
    if (actual !== undefined && actual !== value) {
      issues.push({
        file,
        path: `features[${i}].properties.${key}`,
        reason: `${JSON.stringify(actual)} differs from ${ZONE_PACK_FILES.organisations} (${JSON.stringify(value)} for "${unit.id}")`,
      });
    }
  }
  return issues;
}

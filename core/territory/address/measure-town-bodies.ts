/**
 * 街镇所属主体测算 — which bodies' areas each town's territory falls in, and whether part of it lies outside the
 * zone, measured from the layers themselves by sampling a regular grid over the towns and resolving every sample.
 * A share below `minShare` of a town's samples is ignored: hand-drawn layers do not meet exactly at their borders,
 * and a sliver of a few samples is a drawing artefact, not a second body. Re-measured whenever the layers change.
 */
import type { FeatureCollection, Position } from '../geojson';
import type { Resolver } from '../resolve-point';
import type { TownBodies } from './address-types';

/** 测算选项 */
export interface MeasureTownBodiesOptions {
  /** Grid spacing in degrees (≈ 100 m by default). */
  readonly stepDeg?: number;
  /** Shares (of a town's samples) below this are treated as artefacts. */
  readonly minShare?: number;
}

export function measureTownBodies(
  resolver: Resolver,
  towns: FeatureCollection,
  options: MeasureTownBodiesOptions = {},
): Map<string, TownBodies> {
  const step = options.stepDeg ?? 0.001;
  const minShare = options.minShare ?? 0.01;
  const box = boundingBox(towns);
  const result = new Map<string, TownBodies>();
  if (box === null) return result;
  const nx = Math.max(1, Math.ceil((box.maxX - box.minX) / step));
  const ny = Math.max(1, Math.ceil((box.maxY - box.minY) / step));
  const lons = new Float64Array(nx * ny);
  const lats = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      lons[j * nx + i] = box.minX + (i + 0.5) * step;
      lats[j * nx + i] = box.minY + (j + 0.5) * step;
    }
  }
  const columns = resolver.resolveColumns(lons, lats);
  const townCount = resolver.features.towns.length;
  const bodyCount = resolver.features.bodies.length;
  // counts[t * (bodyCount + 1) + b]: samples of town t in body b; the last slot counts samples outside the zone.
  const counts = new Int32Array(townCount * (bodyCount + 1));
  const totals = new Int32Array(townCount);
  for (let k = 0; k < columns.count; k++) {
    const town = columns.town[k]!;
    if (town < 0) continue;
    totals[town]!++;
    const slot = columns.area[k] === 0 || columns.body[k]! < 0 ? bodyCount : columns.body[k]!;
    counts[town * (bodyCount + 1) + slot]!++;
  }
  resolver.features.towns.forEach((town, t) => {
    const total = totals[t]!;
    if (total === 0) return;
    const bodies = resolver.features.bodies
      .filter((_, b) => counts[t * (bodyCount + 1) + b]! / total >= minShare)
      .map((body) => body.id);
    const partlyOutside = counts[t * (bodyCount + 1) + bodyCount]! / total >= minShare;
    result.set(town.code, { bodies, partlyOutside });
  });
  return result;
}

function boundingBox(collection: FeatureCollection): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (position: Position) => {
    minX = Math.min(minX, position[0]!);
    maxX = Math.max(maxX, position[0]!);
    minY = Math.min(minY, position[1]!);
    maxY = Math.max(maxY, position[1]!);
  };
  for (const feature of collection.features) {
    const geometry = feature.geometry as { type: string; coordinates: unknown } | null;
    if (geometry?.type === 'Polygon') (geometry.coordinates as Position[][]).flat().forEach(visit);
    else if (geometry?.type === 'MultiPolygon') (geometry.coordinates as Position[][][]).flat(2).forEach(visit);
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

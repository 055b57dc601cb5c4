/**
 * 地图同步 — brings a live MapLibre map in line with the ZoneMap's props: layer data, visibility, label language,
 * highlight and overlays. Each function is idempotent, so an effect may call it whenever its inputs change.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../../app/i18n/language';
import { buildLabels, colorBodies, pickFeatures } from './map-data';
import {
  HATCH_IMAGE,
  HIGHLIGHT_SOURCE,
  labelField,
  labelledLayers,
  labelSourceOf,
  mapColors,
  styleLayersOf,
  type LayerSpecification,
} from './map-style';
import { LAYER_NAMES, type LayerName, type MapFeatureCollection } from './territory-api';

/** 叠加图层 — extra GeoJSON another page draws over the zone (projects, enterprises, statistics). */
export interface ZoneMapOverlay {
  id: string;
  data: MapFeatureCollection;
  kind: 'circle' | 'line' | 'fill';
  /** A CSS colour; features may override it with a `color` property. */
  color?: string;
}

/** 高亮 — a feature of a polygon layer to outline, e.g. the town an address resolved to. */
export interface ZoneMapHighlight {
  layer: 'towns' | 'bodies' | 'communities' | 'corridors';
  id: string;
}

export type ZoneMapLayers = Partial<Record<LayerName, MapFeatureCollection>>;

const emptyCollection: MapFeatureCollection = { type: 'FeatureCollection', features: [] };

function setSourceData(map: MapLibreMap, sourceId: string, data: MapFeatureCollection): void {
  const source = map.getSource<GeoJSONSource>(sourceId);
  // The GeoJSON types of MapLibre are @types/geojson's; ours are the same shape, spelt out by hand.
  // A map removed while the worker was still parsing rejects; nothing is left to draw then.
  source?.setData(data as unknown as Parameters<GeoJSONSource['setData']>[0])?.catch(() => undefined);
}

/** Hands each layer's GeoJSON (and the label points derived from it) to its source. */
export function applyLayerData(map: MapLibreMap, layers: ZoneMapLayers): void {
  for (const name of LAYER_NAMES) {
    const data = layers[name] ?? emptyCollection;
    setSourceData(map, name, name === 'bodies' ? colorBodies(data) : data);
  }
  for (const name of labelledLayers) setSourceData(map, labelSourceOf(name), buildLabels(layers[name] ?? emptyCollection));
}

export function applyVisibility(map: MapLibreMap, visible: ReadonlySet<LayerName>): void {
  for (const name of LAYER_NAMES) {
    for (const layerId of styleLayersOf[name]) {
      if (map.getLayer(layerId)) map.setLayoutProperty(layerId, 'visibility', visible.has(name) ? 'visible' : 'none');
    }
  }
}

export function applyLabelLanguage(map: MapLibreMap, language: Language): void {
  for (const layerId of ['towns-label', 'bodies-label', 'communities-label', 'corridors-label', 'places-label']) {
    if (map.getLayer(layerId)) map.setLayoutProperty(layerId, 'text-field', labelField(language));
  }
}

/** Draws the highlighted features; returns them so the caller can frame them. */
export function applyHighlight(map: MapLibreMap, layers: ZoneMapLayers, highlight: readonly ZoneMapHighlight[]): MapFeatureCollection {
  const features = highlight.flatMap((item) => pickFeatures(layers[item.layer], [item.id]));
  const collection: MapFeatureCollection = { type: 'FeatureCollection', features };
  setSourceData(map, HIGHLIGHT_SOURCE, collection);
  return collection;
}

const overlayPrefix = 'overlay-';

/** Adds, updates and removes the overlays' sources and layers, which always lie above the zone's own layers. */
export function applyOverlays(map: MapLibreMap, overlays: readonly ZoneMapOverlay[]): void {
  const wanted = new Set(overlays.map((overlay) => overlayPrefix + overlay.id));
  for (const layer of map.getStyle().layers) {
    if (layer.id.startsWith(overlayPrefix) && !wanted.has(layer.id)) map.removeLayer(layer.id);
  }
  for (const sourceId of Object.keys(map.getStyle().sources)) {
    if (sourceId.startsWith(overlayPrefix) && !wanted.has(sourceId)) map.removeSource(sourceId);
  }
  for (const overlay of overlays) {
    const id = overlayPrefix + overlay.id;
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: emptyCollection as never });
    setSourceData(map, id, overlay.data);
    if (map.getLayer(id)?.type !== overlay.kind) {
      if (map.getLayer(id)) map.removeLayer(id);
      map.addLayer(overlayLayer(id, overlay));
    }
  }
}

function overlayLayer(id: string, overlay: ZoneMapOverlay): LayerSpecification {
  const color = ['coalesce', ['get', 'color'], overlay.color ?? '#1f5fd1'] as unknown as string;
  switch (overlay.kind) {
    case 'circle':
      return {
        id,
        type: 'circle',
        source: id,
        paint: { 'circle-color': color, 'circle-radius': 6, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
      };
    case 'line':
      return { id, type: 'line', source: id, paint: { 'line-color': color, 'line-width': 2.5 } };
    case 'fill':
      return { id, type: 'fill', source: id, paint: { 'fill-color': color, 'fill-opacity': 0.35 } };
  }
}

/** The communities' diagonal hatch, drawn on a canvas because the style has no sprite to take it from. */
export function addHatchImage(map: MapLibreMap): void {
  if (map.hasImage(HATCH_IMAGE)) return;
  const size = 16;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = 'rgba(214, 219, 227, 0.55)';
  context.fillRect(0, 0, size, size);
  context.strokeStyle = mapColors.communityLine;
  context.globalAlpha = 0.55;
  context.lineWidth = 1.5;
  // Three strokes so the diagonal continues across the tile's edges without a seam.
  for (const offset of [-size, 0, size]) {
    context.beginPath();
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
    context.stroke();
  }
  map.addImage(HATCH_IMAGE, context.getImageData(0, 0, size, size), { pixelRatio: 2 });
}

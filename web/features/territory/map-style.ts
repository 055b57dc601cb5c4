/**
 * 底图样式 — the zone map's MapLibre style: a clean vector base drawn from the zone's own layers, with no tile
 * server, sprite or glyph URL (none is reachable). Labels are symbol layers whose glyphs MapLibre draws locally
 * from the browser's fonts when a style names no `glyphs` URL, so Chinese names render offline.
 */
import type { MapOptions } from 'maplibre-gl';
import type { Language } from '../../app/i18n/language';
import type { LayerName } from './territory-api';

export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;
export type LayerSpecification = StyleSpecification['layers'][number];
type ExpressionValue = NonNullable<Extract<LayerSpecification, { type: 'symbol' }>['layout']>['text-field'];

/** Colours shared by the style and the legend. */
export const mapColors = {
  background: '#edf1f5',
  townFill: '#f9fafb',
  townLine: '#7b8597',
  expandedFill: '#dfe9f5',
  expandedLine: '#1d3557',
  originalLine: '#c62f3a',
  communityLine: '#6e7687',
  corridor: '#2e9e5b',
  highlight: '#f5a300',
  placeStroke: '#ffffff',
} as const;

/** Muted, distinct fills for the bodies, given by feature order so an imported official layer gets them too. */
export const bodyPalette = ['#9dbbe0', '#f1b9a5', '#acd5b6', '#bcb2dc', '#f0d3a2', '#e5bfd6', '#c7d69f', '#a5d2d6'];

/** Dot colours of the places by kind; other kinds are drawn dark grey. */
export const placeKindColors = {
  station: '#1f5fd1',
  landmark: '#d4380d',
  facility: '#722ed1',
  cluster: '#08979c',
  'town-centre': '#8c8c8c',
} as const;

/** 地点类型 — the kinds of place the zone pack lists. */
export type PlaceKind = keyof typeof placeKindColors;

export function isPlaceKind(kind: string): kind is PlaceKind {
  return Object.hasOwn(placeKindColors, kind);
}

/** The sources of the style: one per layer, one per labelled layer's label points, and the highlight. */
export const labelledLayers = ['towns', 'bodies', 'communities', 'corridors'] as const;
export type LabelledLayer = (typeof labelledLayers)[number];
export const HIGHLIGHT_SOURCE = 'highlight';
export const HATCH_IMAGE = 'community-hatch';

export function labelSourceOf(layer: LabelledLayer): string {
  return `${layer}-labels`;
}

// The first font's name only tells MapLibre the weight (it reads "Bold" out of it); the browser falls through to
// the installed CJK fonts that follow it.
const regularFont = ['Noto Sans CJK SC Regular', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];
const boldFont = ['Noto Sans CJK SC Bold', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

/** The label text of a feature in the UI language: the short label when there is one, else the name. */
export function labelField(language: Language): ExpressionValue {
  return language === 'en'
    ? ['coalesce', ['get', 'labelEn'], ['get', 'nameEn'], ['get', 'label'], ['get', 'name']]
    : ['coalesce', ['get', 'label'], ['get', 'name']];
}

/** Which style layers each toggle in the layer list switches. */
export const styleLayersOf: Record<LayerName, readonly string[]> = {
  expanded: ['expanded-fill', 'expanded-line'],
  original: ['original-casing', 'original-line'],
  towns: ['towns-fill', 'towns-line', 'towns-label'],
  bodies: ['bodies-fill', 'bodies-line', 'bodies-label'],
  communities: ['communities-fill', 'communities-line', 'communities-label'],
  corridors: ['corridors-fill', 'corridors-line', 'corridors-label'],
  places: ['places-circle', 'places-label'],
};

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** The whole style; data arrives later through `setData`, so every source starts empty. */
export function buildMapStyle(language: Language): StyleSpecification {
  const sourceNames = [
    'expanded',
    'original',
    'towns',
    'bodies',
    'communities',
    'corridors',
    'places',
    ...labelledLayers.map(labelSourceOf),
    HIGHLIGHT_SOURCE,
  ];
  return {
    version: 8,
    name: 'zjsc-zone',
    sources: Object.fromEntries(sourceNames.map((name) => [name, { type: 'geojson', data: emptyCollection }])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': mapColors.background } },
      { id: 'towns-fill', type: 'fill', source: 'towns', paint: { 'fill-color': mapColors.townFill } },
      { id: 'expanded-fill', type: 'fill', source: 'expanded', paint: { 'fill-color': mapColors.expandedFill } },
      {
        id: 'bodies-fill',
        type: 'fill',
        source: 'bodies',
        // map-data.ts gives each body its `fillColor` from the palette, by feature order.
        paint: { 'fill-color': ['coalesce', ['get', 'fillColor'], bodyPalette[0]!], 'fill-opacity': 0.62 },
      },
      { id: 'corridors-fill', type: 'fill', source: 'corridors', paint: { 'fill-color': mapColors.corridor, 'fill-opacity': 0.1 } },
      {
        id: 'communities-fill',
        type: 'fill',
        source: 'communities',
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 },
      },
      {
        id: 'communities-line',
        type: 'line',
        source: 'communities',
        paint: { 'line-color': mapColors.communityLine, 'line-width': 1, 'line-opacity': 0.75 },
      },
      { id: 'bodies-line', type: 'line', source: 'bodies', paint: { 'line-color': '#ffffff', 'line-width': 1.5 } },
      {
        id: 'towns-line',
        type: 'line',
        source: 'towns',
        paint: { 'line-color': mapColors.townLine, 'line-width': 1.2, 'line-dasharray': [4, 3] },
      },
      {
        id: 'corridors-line',
        type: 'line',
        source: 'corridors',
        paint: { 'line-color': mapColors.corridor, 'line-width': 1.8, 'line-opacity': 0.85 },
      },
      {
        id: 'expanded-line',
        type: 'line',
        source: 'expanded',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': mapColors.expandedLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.8, 14, 3] },
      },
      {
        id: 'original-casing',
        type: 'line',
        source: 'original',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 5, 14, 8], 'line-opacity': 0.8 },
      },
      {
        id: 'original-line',
        type: 'line',
        source: 'original',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': mapColors.originalLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2.6, 14, 4.5] },
      },
      {
        id: 'highlight-fill',
        type: 'fill',
        source: HIGHLIGHT_SOURCE,
        paint: { 'fill-color': mapColors.highlight, 'fill-opacity': 0.22 },
      },
      {
        id: 'highlight-line',
        type: 'line',
        source: HIGHLIGHT_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': mapColors.highlight, 'line-width': 3.5 },
      },
      {
        id: 'places-circle',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-color': placeColor(),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3.5, 14, 6],
          'circle-stroke-color': mapColors.placeStroke,
          'circle-stroke-width': 1.5,
        },
      },
      ...labelLayers(language),
    ],
  };
}

function labelLayers(language: Language): LayerSpecification[] {
  const text = labelField(language);
  const halo = { 'text-halo-color': 'rgba(255, 255, 255, 0.92)', 'text-halo-width': 1.6, 'text-halo-blur': 0.3 };
  // Later layers win label collisions. The bodies' names matter most at the zone's scale; the communities' names,
  // shown only once zoomed in, win there, where a body's name is already known from the legend.
  return [
    {
      id: 'places-label',
      type: 'symbol',
      source: 'places',
      minzoom: 12.5,
      layout: {
        'text-field': text,
        'text-font': regularFont,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-max-width': 8,
        'text-optional': true,
      },
      paint: { 'text-color': '#3a4150', ...halo },
    },
    {
      id: 'corridors-label',
      type: 'symbol',
      source: labelSourceOf('corridors'),
      minzoom: 11.2,
      layout: { 'text-field': text, 'text-font': boldFont, 'text-size': 12, 'text-max-width': 8 },
      paint: { 'text-color': '#1b7340', ...halo },
    },
    {
      id: 'towns-label',
      type: 'symbol',
      source: labelSourceOf('towns'),
      layout: {
        'text-field': text,
        'text-font': regularFont,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12, 14, 15],
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: { 'text-color': '#5d687b', ...halo },
    },
    {
      id: 'bodies-label',
      type: 'symbol',
      source: labelSourceOf('bodies'),
      layout: {
        'text-field': text,
        'text-font': boldFont,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 13, 14, 17],
        'text-max-width': 9,
      },
      paint: { 'text-color': '#1b2b45', ...halo },
    },
    {
      id: 'communities-label',
      type: 'symbol',
      source: labelSourceOf('communities'),
      minzoom: 11.8,
      layout: { 'text-field': text, 'text-font': regularFont, 'text-size': 11.5, 'text-max-width': 7 },
      paint: { 'text-color': '#474f5e', ...halo },
    },
  ];
}

type CircleColor = NonNullable<Extract<LayerSpecification, { type: 'circle' }>['paint']>['circle-color'];

function placeColor(): CircleColor {
  // A `match` built from a table: its variadic shape is beyond the style types, which want literal tuples.
  return ['match', ['get', 'kind'], ...Object.entries(placeKindColors).flat(), '#595959'] as unknown as CircleColor;
}

import { describe, expect, it } from 'vitest';
import { buildMapStyle, labelField, styleLayersOf } from './map-style';
import { LAYER_NAMES } from './territory-api';

describe('buildMapStyle', () => {
  const style = buildMapStyle('zh-CN');

  it('reaches for nothing remote: no glyphs, no sprite, only inline GeoJSON sources', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const [id, source] of Object.entries(style.sources)) {
      expect(source.type, id).toBe('geojson');
      expect(typeof (source as { data: unknown }).data, id).toBe('object');
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('draws every layer from a source it declares, with unique ids', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) {
      if ('source' in layer) expect(style.sources, layer.id).toHaveProperty(String(layer.source));
    }
  });

  it.each(LAYER_NAMES)('the %s toggle switches style layers that exist', (name) => {
    const ids = new Set(style.layers.map((layer) => layer.id));
    expect(styleLayersOf[name].length).toBeGreaterThan(0);
    for (const id of styleLayersOf[name]) expect(ids.has(id), id).toBe(true);
  });

  it('draws the original boundary above the bodies and the labels above everything', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf('original-line')).toBeGreaterThan(ids.indexOf('bodies-fill'));
    const firstLabel = style.layers.findIndex((layer) => layer.type === 'symbol');
    expect(style.layers.slice(firstLabel).every((layer) => layer.type === 'symbol')).toBe(true);
  });
});

describe('labelField', () => {
  it.each([
    ['zh-CN', ['coalesce', ['get', 'label'], ['get', 'name']]],
    ['en', ['coalesce', ['get', 'labelEn'], ['get', 'nameEn'], ['get', 'label'], ['get', 'name']]],
  ] as const)('%s', (language, expected) => {
    expect(labelField(language)).toEqual(expected);
  });
});

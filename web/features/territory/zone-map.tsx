/**
 * 园区底图 — the reusable zone map: the zone's own GeoJSON layers drawn as a clean vector base with labels, plus
 * whatever a page lays over it (overlays, a marker, highlighted features). The territory page, statistics and the
 * project war-room share it. MapLibre arrives in its own chunk when the first map mounts.
 */
import { LoadingOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import type * as MaplibreRuntime from './maplibre-runtime';
import { findBounds } from './map-data';
import { buildMapStyle } from './map-style';
import { LAYER_NAMES, type LayerName } from './territory-api';
import {
  addHatchImage,
  applyHighlight,
  applyLabelLanguage,
  applyLayerData,
  applyOverlays,
  applyVisibility,
  type ZoneMapHighlight,
  type ZoneMapLayers,
  type ZoneMapOverlay,
} from './zone-map-sync';

export type { ZoneMapHighlight, ZoneMapLayers, ZoneMapOverlay };

/** A point on the map in WGS-84 degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

export interface ZoneMapProps {
  /** The zone's layers as GeoJSON, e.g. from useTerritoryLayers(). Missing layers are drawn empty. */
  layers: ZoneMapLayers;
  /** Layers shown; all when omitted. */
  visibleLayers?: ReadonlySet<LayerName>;
  overlays?: readonly ZoneMapOverlay[];
  highlight?: readonly ZoneMapHighlight[];
  /** Frames the highlighted features whenever the highlight changes. */
  shouldFrameHighlight?: boolean;
  marker?: LonLat | null;
  onMapClick?: (point: LonLat) => void;
  /** The pointer's position while it is over the map, null when it leaves. */
  onPointerMove?: (point: LonLat | null) => void;
  /** Room to keep clear when framing the zone or a highlight, e.g. where floating panels cover the map. */
  framePadding?: FramePadding;
  style?: CSSProperties;
  /** Rendered over the map (floating panels); positioned against the map's box. */
  children?: ReactNode;
}

/** Pixels to keep clear on each side of the map when framing. */
export interface FramePadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const allLayers: ReadonlySet<LayerName> = new Set(LAYER_NAMES);
const defaultPadding: FramePadding = { top: 48, bottom: 48, left: 48, right: 48 };

export function ZoneMap({
  layers,
  visibleLayers = allLayers,
  overlays = [],
  highlight = [],
  shouldFrameHighlight = false,
  marker = null,
  onMapClick,
  onPointerMove,
  framePadding = defaultPadding,
  style,
  children,
}: ZoneMapProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markerRef = useRef<Marker | null>(null);
  const runtimeRef = useRef<typeof MaplibreRuntime | null>(null);
  const hasFramedZone = useRef(false);
  const callbacks = useRef({ onMapClick, onPointerMove });
  callbacks.current = { onMapClick, onPointerMove };
  // Read when framing, but a new padding alone does not reframe the map.
  const padding = useRef(framePadding);
  padding.current = framePadding;
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  // Create the map once; everything else is synchronised by the effects below.
  useEffect(() => {
    let isCancelled = false;
    let cleanup = () => {};
    import('./maplibre-runtime').then(
      (runtime) => {
        const container = containerRef.current;
        if (isCancelled || !container) return;
        runtimeRef.current = runtime;
        const map = new runtime.MapLibreMap({
          container,
          style: buildMapStyle(language),
          center: [121.62, 31.19],
          zoom: 10.5,
          minZoom: 8,
          maxZoom: 17,
          attributionControl: false,
          dragRotate: false,
          pitchWithRotate: false,
          renderWorldCopies: false,
          // Keeps the last frame readable for screenshots and print.
          canvasContextAttributes: { preserveDrawingBuffer: true },
        });
        map.touchZoomRotate.disableRotation();
        map.addControl(new runtime.NavigationControl({ showCompass: false }), 'bottom-right');
        map.addControl(new runtime.ScaleControl({ unit: 'metric' }), 'bottom-right');
        map.on('styleimagemissing', () => addHatchImage(map));
        map.on('load', () => {
          addHatchImage(map);
          if (!isCancelled) setState('ready');
        });
        map.on('error', (event) => {
          // Only a failure before the first frame leaves the user without a map; later ones are logged.
          if (!map.loaded()) setState('error');
          console.warn('zone map:', event.error?.message);
        });
        map.on('click', (event) => callbacks.current.onMapClick?.({ lon: event.lngLat.lng, lat: event.lngLat.lat }));
        map.on('mousemove', (event) => callbacks.current.onPointerMove?.({ lon: event.lngLat.lng, lat: event.lngLat.lat }));
        map.on('mouseout', () => callbacks.current.onPointerMove?.(null));
        const resizeObserver = new ResizeObserver(() => map.resize());
        resizeObserver.observe(container);
        mapRef.current = map;
        exposeForBrowserTests(map);
        cleanup = () => {
          resizeObserver.disconnect();
          map.remove();
          mapRef.current = null;
        };
      },
      () => !isCancelled && setState('error'),
    );
    return () => {
      isCancelled = true;
      cleanup();
    };
    // Created once: the first style's language only, later changes go through applyLabelLanguage.
  }, []);

  const map = state === 'ready' ? mapRef.current : null;

  useEffect(() => {
    if (!map) return;
    applyLayerData(map, layers);
    const bounds = findBounds([layers.expanded, layers.original]);
    if (bounds && !hasFramedZone.current) {
      hasFramedZone.current = true;
      map.fitBounds(bounds, { padding: padding.current, duration: 0 });
    }
  }, [map, layers]);

  useEffect(() => {
    if (map) applyVisibility(map, visibleLayers);
  }, [map, visibleLayers]);

  useEffect(() => {
    if (map) applyLabelLanguage(map, language);
  }, [map, language]);

  useEffect(() => {
    if (!map) return;
    const framed = applyHighlight(map, layers, highlight);
    const bounds = shouldFrameHighlight ? findBounds([framed]) : undefined;
    if (bounds) map.fitBounds(bounds, { padding: padding.current, maxZoom: 13.5, duration: 600 });
  }, [map, layers, highlight, shouldFrameHighlight]);

  useEffect(() => {
    if (map) applyOverlays(map, overlays);
  }, [map, overlays]);

  useEffect(() => {
    const runtime = runtimeRef.current;
    if (!map || !runtime) return;
    if (!marker) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    markerRef.current ??= new runtime.Marker({ color: '#1f5fd1' }).setLngLat([marker.lon, marker.lat]).addTo(map);
    markerRef.current.setLngLat([marker.lon, marker.lat]);
  }, [map, marker]);

  useEffect(() => {
    if (map) map.getCanvas().style.cursor = onMapClick ? 'crosshair' : '';
  }, [map, onMapClick]);

  return (
    <div
      data-testid="zone-map"
      data-map-state={state}
      style={{ position: 'relative', overflow: 'hidden', background: '#edf1f5', ...style }}
    >
      <div ref={containerRef} style={{ position: 'absolute', inset: 0 }} aria-label={t('territory.map.ariaLabel')} role="region" />
      {state === 'loading' && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', pointerEvents: 'none' }}>
          {/* Not antd's Spin: this chunk should not pull components the shell does not already carry. */}
          <Typography.Text type="secondary">
            <LoadingOutlined style={{ marginInlineEnd: 8 }} />
            {t('territory.map.loading')}
          </Typography.Text>
        </div>
      )}
      {state === 'error' && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', padding: 24 }}>
          <Alert type="error" showIcon title={t('territory.map.failed')} description={t('territory.map.failedHint')} />
        </div>
      )}
      {children}
    </div>
  );
}

/**
 * Browser journeys need screen positions of geographic points and the labels actually drawn; a canvas has no DOM to
 * ask. Exposed only to an automated browser (navigator.webdriver), never in ordinary use.
 */
function exposeForBrowserTests(map: MapLibreMap): void {
  if (!globalThis.navigator?.webdriver) return;
  (globalThis as { __zjscZoneMap?: unknown }).__zjscZoneMap = {
    project: (lon: number, lat: number) => {
      const point = map.project([lon, lat]);
      return { x: point.x, y: point.y };
    },
    isIdle: () => map.loaded() && map.areTilesLoaded() && !map.isMoving(),
    zoom: () => map.getZoom(),
    jumpTo: (lon: number, lat: number, zoom: number) => map.jumpTo({ center: [lon, lat], zoom }),
    // The texts a symbol layer has placed, in the language its text-field asks for.
    renderedLabels: (layerId: string) => {
      const isEnglish = JSON.stringify(map.getLayoutProperty(layerId, 'text-field')).includes('labelEn');
      return map.queryRenderedFeatures({ layers: [layerId] }).map((feature) => {
        const { label, labelEn, name, nameEn } = feature.properties as Record<string, string | undefined>;
        return String((isEnglish ? (labelEn ?? nameEn) : undefined) ?? label ?? name);
      });
    },
  };
}

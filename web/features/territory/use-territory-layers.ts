import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../app/api';
import { fetchLayer, fetchLayerCatalogue, type LayerInfo, type LayerName } from './territory-api';
import type { ZoneMapLayers } from './zone-map-sync';

/** 图层加载状态 — the layer catalogue and every layer's GeoJSON, or why they could not be had. */
export interface TerritoryLayersState {
  catalogue: LayerInfo[] | undefined;
  layers: ZoneMapLayers;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Loads the layer catalogue, then each listed layer's GeoJSON in parallel (all of them together are about 120 kB,
 * small enough to fetch at once so toggling a layer never waits). One failing layer fails the whole map: a zone
 * drawn without, say, its bodies would mislead.
 */
export function useTerritoryLayers(): TerritoryLayersState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<TerritoryLayersState, 'reload'>>({
    catalogue: undefined,
    layers: {},
    error: undefined,
    isLoading: true,
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true, error: undefined }));
    (async () => {
      const { layers: catalogue } = await fetchLayerCatalogue(controller.signal);
      const names = catalogue.map((info) => info.layer);
      const collections = await Promise.all(names.map((name) => fetchLayer(name, controller.signal)));
      const layers: ZoneMapLayers = {};
      names.forEach((name: LayerName, i) => {
        layers[name] = collections[i];
      });
      setState({ catalogue, layers, error: undefined, isLoading: false });
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError('BAD_RESPONSE', String(error), 0);
      setState({ catalogue: undefined, layers: {}, error: apiError, isLoading: false });
    });
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

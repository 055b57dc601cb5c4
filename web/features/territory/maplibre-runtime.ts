/**
 * MapLibre, loaded on demand: this module is the one door to the library, so it and its CSS land in their own
 * chunk that only pages with a map fetch. The worker is a separate file: after a Vite build the library's own guess
 * (a file beside its module URL) points into the app's chunk folder where no worker lies, so the worker is emitted
 * as an asset (`?url`) and its fingerprinted address handed to MapLibre before any map starts.
 */
import { LngLatBounds, Map as MapLibreMap, Marker, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

export { LngLatBounds, MapLibreMap, Marker, NavigationControl, ScaleControl };

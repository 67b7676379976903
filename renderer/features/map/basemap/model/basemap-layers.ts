// The basemap as MapLibre source + layers: raster tiles as they are; vector tiles with a neutral generic
// style (any schema), under the operational layers.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapState } from '../../../../../common/tiles/basemap-types';

export const BASEMAP_SOURCE = 'basemap';
export const BASEMAP_LAYER_PREFIX = 'basemap-';
/** Basemap layers go right below this layer: above the ward/water fills, under ward lines, roads and live data. */
export const BASEMAP_BEFORE_LAYER = 'wards-line';

export function basemapSource(state: BasemapState, origin: string): SourceSpecification | null {
  if (state.kind === 'none' || !state.tilePath || !state.format) return null;
  const tiles = [`${origin}${state.tilePath}`];
  const common = { tiles, minzoom: state.minzoom, maxzoom: state.maxzoom, ...(state.bounds ? { bounds: state.bounds } : {}) };
  return state.format === 'pbf' ? { type: 'vector', ...common } : { type: 'raster', tileSize: 256, ...common };
}

export function basemapLayers(state: BasemapState): LayerSpecification[] {
  if (state.kind === 'none' || !state.format) return [];
  if (state.format !== 'pbf') {
    return [{ id: `${BASEMAP_LAYER_PREFIX}raster`, type: 'raster', source: BASEMAP_SOURCE, paint: { 'raster-opacity': 0.9, 'raster-fade-duration': 0 } }];
  }
  const out: LayerSpecification[] = [];
  for (const layer of state.vectorLayers) {
    out.push(
      { id: `${BASEMAP_LAYER_PREFIX}${layer}-fill`, type: 'fill', source: BASEMAP_SOURCE, 'source-layer': layer, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': /water|ocean|lake|river/i.test(layer) ? '#163a5c' : '#1c2a40', 'fill-opacity': 0.6 } },
      { id: `${BASEMAP_LAYER_PREFIX}${layer}-line`, type: 'line', source: BASEMAP_SOURCE, 'source-layer': layer, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#3a4c66', 'line-width': 0.8 } },
    );
  }
  return out;
}

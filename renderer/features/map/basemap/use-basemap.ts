// Keeps the map's basemap source in step with the console's tile service; returns its live state.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { BasemapState } from '../../../../common/tiles/basemap-types';
import { useBridge } from '../../../app/bridge-context';
import { BASEMAP_BEFORE_LAYER, BASEMAP_LAYER_PREFIX, BASEMAP_SOURCE, basemapLayers, basemapSource } from './model/basemap-layers';

export function useBasemap(map: MapLibreMap | null): BasemapState | null {
  const bridge = useBridge();
  const [state, setState] = useState<BasemapState | null>(null);
  const applied = useRef<number | null>(null);

  useEffect(() => {
    let alive = true;
    void bridge.getBasemap({}).then((r) => alive && r.ok && setState(r.value));
    const off = bridge.on('basemap', setState);
    return () => {
      alive = false;
      off();
    };
  }, [bridge]);

  useEffect(() => {
    if (!map || !state || applied.current === state.revision) return;
    applied.current = state.revision;
    for (const layer of map.getStyle().layers) if (layer.id.startsWith(BASEMAP_LAYER_PREFIX)) map.removeLayer(layer.id);
    if (map.getSource(BASEMAP_SOURCE)) map.removeSource(BASEMAP_SOURCE);
    const source = basemapSource(state, window.location.origin);
    if (!source) return;
    map.addSource(BASEMAP_SOURCE, source);
    const before = map.getLayer(BASEMAP_BEFORE_LAYER) ? BASEMAP_BEFORE_LAYER : undefined;
    for (const layer of basemapLayers(state)) map.addLayer(layer, before);
  }, [map, state]);

  useEffect(() => () => void (applied.current = null), [map]);
  return state;
}

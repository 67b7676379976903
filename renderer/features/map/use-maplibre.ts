// Creates the MapLibre map once for a container; resolves to the map after its style has loaded.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useState, type RefObject } from 'react';
import { HANOI_CENTER } from '../../../common/domain/geo';
import { offlineStyle } from './map-style';

maplibregl.setWorkerUrl(workerUrl);

export const INITIAL_ZOOM = 11.5;

export function useMapLibre(container: RefObject<HTMLDivElement | null>): { map: maplibregl.Map | null; error: string | null } {
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!container.current) return;
    let created: maplibregl.Map;
    try {
      created = new maplibregl.Map({
        container: container.current,
        style: offlineStyle(),
        center: [HANOI_CENTER.lon, HANOI_CENTER.lat],
        zoom: INITIAL_ZOOM,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    (window as unknown as { __watchfloorMap?: maplibregl.Map }).__watchfloorMap = created;
    created.on('load', () => setMap(created));
    return () => {
      setMap(null);
      created.remove();
    };
  }, [container]);
  return { map, error };
}

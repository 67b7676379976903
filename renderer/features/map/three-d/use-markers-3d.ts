// Keeps the three.js markers layer on the map while 3D is on: loads three.js on first use (it stays out
// of the 2D start-up bundle), rebuilds the instances when incidents/units/cameras change (at most once
// per animation frame) and when the zoom changes (markers keep their screen size).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { getConsoleStore } from '../../../app/store';
import { camerasInView } from '../cameras-in-view';
import { CAMERA_MIN_ZOOM, MAX_CAMERAS_3D, markerModel } from './marker-model';
import type { Markers3dLayer } from './markers-layer';

export type Markers3dCounts = { beacons: number; units: number; cameras: number };

export function useMarkers3d(map: MapLibreMap | null, on: boolean): Markers3dCounts | null {
  const [counts, setCounts] = useState<Markers3dCounts | null>(null);

  useEffect(() => {
    if (!map || !on) {
      setCounts(null);
      return;
    }
    let layer: Markers3dLayer | null = null;
    let frame = 0;
    let disposed = false;
    const store = getConsoleStore();
    const rebuild = () => {
      frame = 0;
      if (!layer) return;
      const state = store.getState();
      const zoom = map.getZoom();
      const model = markerModel({ origin: layer.origin, zoom, incidents: state.incidents.values(), units: state.units.values(), cameras: zoom >= CAMERA_MIN_ZOOM ? camerasInView(map, state.cameras.values(), MAX_CAMERAS_3D) : [] });
      layer.setModel(model);
      setCounts(layer.counts());
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(rebuild);
    };
    void import('./markers-layer').then(({ Markers3dLayer, MARKERS_3D_LAYER_ID }) => {
      if (disposed) return;
      const c = map.getCenter();
      layer = new Markers3dLayer({ lat: c.lat, lon: c.lng });
      if (!map.getLayer(MARKERS_3D_LAYER_ID)) map.addLayer(layer);
      rebuild();
    });
    const offStore = store.onChanges(schedule);
    map.on('zoom', schedule);
    map.on('moveend', schedule);
    return () => {
      disposed = true;
      offStore();
      map.off('zoom', schedule);
      map.off('moveend', schedule);
      if (frame) cancelAnimationFrame(frame);
      if (layer && map.getLayer(layer.id)) map.removeLayer(layer.id);
    };
  }, [map, on]);

  return counts;
}

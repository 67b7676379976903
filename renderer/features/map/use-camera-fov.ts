// Field-of-view wedges for the cameras in view at street zoom. Computed only for what is on screen
// (at most MAX_WEDGES), so 300,000 registered cameras never become 300,000 polygons.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Polygon } from 'geojson';
import { useEffect } from 'react';
import type { Camera } from '../../../common/domain/camera';
import { getConsoleStore } from '../../app/store';
import { camerasInView } from './cameras-in-view';
import { CAMERA_FOV_MIN_ZOOM } from './layers/camera-fov-layer';
import { fovWedge } from './model/fov-wedge';
import { CAMERA_FOV_SOURCE } from './sources';
import { withViewCameras } from './model/view-cameras';
import { onRegistryCamerasInView, registryCamerasInView } from './use-registry-in-view';

const MAX_WEDGES = 1500;

export function useCameraFov(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const store = getConsoleStore();
    let shown = 0;
    const refresh = () => {
      const source = map.getSource<GeoJSONSource>(CAMERA_FOV_SOURCE);
      if (!source) return;
      if (map.getZoom() < CAMERA_FOV_MIN_ZOOM) {
        if (shown) source.setData({ type: 'FeatureCollection', features: [] });
        shown = 0;
        return;
      }
      const features = wedgesInView(map, withViewCameras(store.getState().cameras, registryCamerasInView()));
      shown = features.length;
      source.setData({ type: 'FeatureCollection', features });
    };
    refresh();
    map.on('moveend', refresh);
    const offView = onRegistryCamerasInView(refresh);
    const off = store.onChanges((c) => {
      if (c.reset || (c.cameras.length && map.getZoom() >= CAMERA_FOV_MIN_ZOOM)) refresh();
    });
    return () => {
      map.off('moveend', refresh);
      off();
      offView();
    };
  }, [map]);
}

function wedgesInView(map: MapLibreMap, cameras: Iterable<Camera>): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (const c of camerasInView(map, cameras, MAX_WEDGES)) {
    const w = fovWedge(c);
    if (w) out.push(w);
  }
  return out;
}

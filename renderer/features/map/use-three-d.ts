// 2D ↔ 3D: tilt and rotate the camera smoothly and raise wards by their open incidents.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { useConsole } from '../../app/store';
import { WARDS_EXTRUSION_LAYER_ID } from './layers/wards-extrusion-layer';
import { openCountsByWard, wardFeatures } from './model/ward-incidents';
import { WARD_AREAS_SOURCE } from './sources';

export const TILT_DEG = 55;
const BEARING_DEG = -20;
const EASE_MS = 1000;

export function useThreeD(map: MapLibreMap | null): [boolean, () => void] {
  const [on, setOn] = useState(false);
  const incidents = useConsole((s) => s.incidents);
  const wardAreas = useConsole((s) => s.mapContext?.wardAreas);

  useEffect(() => {
    if (!map?.getLayer(WARDS_EXTRUSION_LAYER_ID)) return;
    map.setLayoutProperty(WARDS_EXTRUSION_LAYER_ID, 'visibility', on ? 'visible' : 'none');
    if (on) {
      map.dragRotate.enable();
      map.touchZoomRotate.enableRotation();
    } else {
      map.dragRotate.disable();
      map.touchZoomRotate.disableRotation();
    }
    map.easeTo({ pitch: on ? TILT_DEG : 0, bearing: on ? BEARING_DEG : 0, duration: EASE_MS });
  }, [map, on]);

  useEffect(() => {
    if (!map || !on || !map.getSource(WARD_AREAS_SOURCE)) return;
    map.removeFeatureState({ source: WARD_AREAS_SOURCE });
    for (const [id, open] of openCountsByWard(wardFeatures(wardAreas), incidents.values())) {
      map.setFeatureState({ source: WARD_AREAS_SOURCE, id }, { open });
    }
  }, [map, on, incidents, wardAreas]);

  return [on, () => setOn((v) => !v)];
}

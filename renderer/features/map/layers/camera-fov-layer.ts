import type { FillLayerSpecification } from 'maplibre-gl';
import { CAMERA_COLORS } from '../model/colors';
import { CAMERA_FOV_SOURCE } from '../sources';

export const CAMERA_FOV_LAYER_ID = 'camera-fov-fill';
/** Wedges appear at street zoom, where an operator picks which camera sees a scene. */
export const CAMERA_FOV_MIN_ZOOM = 15.5;

export const CAMERA_FOV_LAYER: FillLayerSpecification = {
  id: CAMERA_FOV_LAYER_ID,
  type: 'fill',
  source: CAMERA_FOV_SOURCE,
  minzoom: CAMERA_FOV_MIN_ZOOM,
  paint: {
    'fill-color': ['match', ['get', 'status'], 'offline', CAMERA_COLORS.offline, 'degraded', CAMERA_COLORS.degraded, CAMERA_COLORS.online],
    'fill-opacity': 0.22,
    'fill-outline-color': ['match', ['get', 'status'], 'offline', CAMERA_COLORS.offline, 'degraded', CAMERA_COLORS.degraded, CAMERA_COLORS.online],
  },
};

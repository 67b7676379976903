import type { CircleLayerSpecification } from 'maplibre-gl';
import { CAMERA_COLORS } from '../model/colors';
import { CAMERAS_SOURCE } from '../sources';

export const CAMERAS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'cameras-circle',
  type: 'circle',
  source: CAMERAS_SOURCE,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 14, 5],
    'circle-color': ['match', ['get', 'status'], 'offline', CAMERA_COLORS.offline, 'degraded', CAMERA_COLORS.degraded, CAMERA_COLORS.online],
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 1,
  },
};

import type { CircleLayerSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import { CAMERA_COLORS } from '../model/colors';
import { CAMERAS_SOURCE } from '../sources';
import { clusteredSource } from './dense-points-layers';

export const CAMERAS_LAYER_ID = 'cameras-circle';
export const CAMERAS_CLUSTER_LAYER_ID = 'cameras-clusters';

/** Cameras cluster below street zoom (300,000 by 2030); a cluster holding an offline camera shows amber. */
export function camerasSource(): GeoJSONSourceSpecification {
  return {
    ...clusteredSource({ type: 'FeatureCollection', features: [] }),
    clusterProperties: { offline: ['+', ['case', ['==', ['get', 'status'], 'offline'], 1, 0]] },
  };
}

export const CAMERAS_CLUSTER_LAYER: CircleLayerSpecification = {
  id: CAMERAS_CLUSTER_LAYER_ID,
  type: 'circle',
  source: CAMERAS_SOURCE,
  filter: ['has', 'point_count'],
  paint: {
    'circle-color': ['case', ['>', ['get', 'offline'], 0], CAMERA_COLORS.degraded, CAMERA_COLORS.online],
    'circle-opacity': 0.6,
    'circle-radius': ['step', ['get', 'point_count'], 7, 10, 10, 100, 14, 1000, 19, 10000, 25],
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 1.5,
  },
};

export const CAMERAS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: CAMERAS_LAYER_ID,
  type: 'circle',
  source: CAMERAS_SOURCE,
  filter: ['!', ['has', 'point_count']],
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 14, 5],
    'circle-color': ['match', ['get', 'status'], 'offline', CAMERA_COLORS.offline, 'degraded', CAMERA_COLORS.degraded, CAMERA_COLORS.online],
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 1,
  },
};

import type { FillExtrusionLayerSpecification } from 'maplibre-gl';
import { WARD_AREAS_SOURCE } from '../sources';

export const WARDS_EXTRUSION_LAYER_ID = 'wards-extrusion';
/** Metres of height per open incident in the ward. */
export const METRES_PER_INCIDENT = 400;

/** Wards raised by their open incidents (feature-state `open`); shown only in 3D. */
export const WARDS_EXTRUSION_LAYER: FillExtrusionLayerSpecification = {
  id: WARDS_EXTRUSION_LAYER_ID,
  type: 'fill-extrusion',
  source: WARD_AREAS_SOURCE,
  layout: { visibility: 'none' },
  paint: {
    'fill-extrusion-color': ['interpolate', ['linear'], ['coalesce', ['feature-state', 'open'], 0], 0, '#16233a', 1, '#f59e0b', 4, '#ef4444'],
    'fill-extrusion-height': ['*', ['coalesce', ['feature-state', 'open'], 0], METRES_PER_INCIDENT],
    'fill-extrusion-base': 0,
    'fill-extrusion-opacity': 0.8,
  },
};

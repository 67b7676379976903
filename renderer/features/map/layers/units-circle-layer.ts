import type { CircleLayerSpecification } from 'maplibre-gl';
import { AGENCY_COLOR_EXPRESSION } from '../model/colors';
import { UNITS_SOURCE } from '../sources';

export const UNITS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'units-circle',
  type: 'circle',
  source: UNITS_SOURCE,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3, 14, 6],
    'circle-color': AGENCY_COLOR_EXPRESSION,
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 1.5,
    'circle-opacity': ['case', ['==', ['get', 'status'], 'out_of_service'], 0.35, 1],
  },
};

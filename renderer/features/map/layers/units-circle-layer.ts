import type { CircleLayerSpecification } from 'maplibre-gl';
import { AGENCY_COLORS } from '../model/colors';
import { UNITS_SOURCE } from '../sources';

export const UNITS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'units-circle',
  type: 'circle',
  source: UNITS_SOURCE,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3, 14, 6],
    'circle-color': [
      'match', ['get', 'agency'],
      'police', AGENCY_COLORS.police,
      'fire', AGENCY_COLORS.fire,
      'ambulance', AGENCY_COLORS.ambulance,
      'drainage', AGENCY_COLORS.drainage,
      'environment', AGENCY_COLORS.environment,
      '#cccccc',
    ],
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 1.5,
    'circle-opacity': ['case', ['==', ['get', 'status'], 'out_of_service'], 0.35, 1],
  },
};

import type { CircleLayerSpecification } from 'maplibre-gl';
import { PRIORITY_COLORS } from '../model/colors';
import { INCIDENTS_SOURCE } from '../sources';

/** The incidents layer; e2e tests query it by this id. */
export const INCIDENTS_LAYER_ID = 'incidents-circle';

export const INCIDENTS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: INCIDENTS_LAYER_ID,
  type: 'circle',
  source: INCIDENTS_SOURCE,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, ['match', ['get', 'priority'], 1, 8, 2, 7, 6], 15, ['match', ['get', 'priority'], 1, 14, 2, 12, 10]],
    'circle-color': ['match', ['get', 'priority'], 1, PRIORITY_COLORS[1], 2, PRIORITY_COLORS[2], 3, PRIORITY_COLORS[3], PRIORITY_COLORS[4]],
    'circle-stroke-color': '#0b1220',
    'circle-stroke-width': 2,
    'circle-opacity': ['match', ['get', 'status'], ['resolved', 'closed', 'cancelled'], 0.4, 1],
  },
};

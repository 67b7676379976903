import type { LineLayerSpecification } from 'maplibre-gl';
import { ROADS_SOURCE } from '../sources';

const MAJOR = ['motorway', 'trunk', 'primary'];

export const ROADS_LINE_LAYER: LineLayerSpecification = {
  id: 'roads-line',
  type: 'line',
  source: ROADS_SOURCE,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': ['case', ['in', ['coalesce', ['get', 'highway'], ['get', 'class'], ''], ['literal', MAJOR]], '#8a7a52', '#4f6280'],
    'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 13, 2, 16, 5],
    'line-opacity': 0.9,
  },
};

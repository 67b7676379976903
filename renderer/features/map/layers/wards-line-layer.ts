import type { LineLayerSpecification } from 'maplibre-gl';
import { WARD_AREAS_SOURCE } from '../sources';

export const WARDS_LINE_LAYER: LineLayerSpecification = {
  id: 'wards-line',
  type: 'line',
  source: WARD_AREAS_SOURCE,
  paint: { 'line-color': '#3b5478', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 14, 1.6] },
};

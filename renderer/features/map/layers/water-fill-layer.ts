import type { FillLayerSpecification } from 'maplibre-gl';
import { WATER_SOURCE } from '../sources';

export const WATER_FILL_LAYER: FillLayerSpecification = {
  id: 'water-fill',
  type: 'fill',
  source: WATER_SOURCE,
  paint: { 'fill-color': '#12314f', 'fill-opacity': 0.9 },
};

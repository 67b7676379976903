import type { FillLayerSpecification } from 'maplibre-gl';
import { WARD_AREAS_SOURCE } from '../sources';

export const WARDS_FILL_LAYER: FillLayerSpecification = {
  id: 'wards-fill',
  type: 'fill',
  source: WARD_AREAS_SOURCE,
  paint: { 'fill-color': '#16233a', 'fill-opacity': 0.85 },
};

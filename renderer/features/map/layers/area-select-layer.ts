import type { LineLayerSpecification } from 'maplibre-gl';
import { AREA_SELECT_SOURCE } from '../sources';

export const AREA_SELECT_LAYER_ID = 'area-select-line';

export const AREA_SELECT_LAYER: LineLayerSpecification = {
  id: AREA_SELECT_LAYER_ID,
  type: 'line',
  source: AREA_SELECT_SOURCE,
  paint: { 'line-color': '#38bdf8', 'line-width': 2, 'line-dasharray': [2, 1] },
};

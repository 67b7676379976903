import type { FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import { WARD_AREAS_SOURCE } from '../sources';

export const WARD_SELECTED_LAYER_ID = 'ward-selected-line';

/** Outlines only the ward the operator clicked or searched (none when nothing is focused). */
export function selectedWardFilter(name: string | null): FilterSpecification {
  return ['==', ['get', 'name'], name ?? '\u0000'];
}

export const WARD_SELECTED_LAYER: LineLayerSpecification = {
  id: WARD_SELECTED_LAYER_ID,
  type: 'line',
  source: WARD_AREAS_SOURCE,
  filter: selectedWardFilter(null),
  paint: { 'line-color': '#7dd3fc', 'line-width': 3 },
};

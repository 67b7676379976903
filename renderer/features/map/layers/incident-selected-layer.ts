import type { CircleLayerSpecification, FilterSpecification } from 'maplibre-gl';
import { INCIDENTS_SOURCE } from '../sources';

export const INCIDENT_SELECTED_LAYER_ID = 'incidents-selected';

/** Filter that shows the ring only around the selected incident (none when nothing is selected). */
export function selectedIncidentFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

/** A large white ring drawn under the incident circle of the selected incident. */
export const INCIDENT_SELECTED_LAYER: CircleLayerSpecification = {
  id: INCIDENT_SELECTED_LAYER_ID,
  type: 'circle',
  source: INCIDENTS_SOURCE,
  filter: selectedIncidentFilter(null),
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 15, 15, 24],
    'circle-color': 'rgba(255,255,255,0.12)',
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 3,
  },
};

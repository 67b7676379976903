// The offline style: no basemap, no glyphs; context and live data come through GeoJSON sources.
import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BACKGROUND_LAYER } from './layers/background-layer';
import { CAMERAS_CIRCLE_LAYER } from './layers/cameras-circle-layer';
import { INCIDENT_SELECTED_LAYER } from './layers/incident-selected-layer';
import { INCIDENTS_CIRCLE_LAYER } from './layers/incidents-circle-layer';
import { ROADS_LINE_LAYER } from './layers/roads-line-layer';
import { UNITS_CIRCLE_LAYER } from './layers/units-circle-layer';
import { WARDS_FILL_LAYER } from './layers/wards-fill-layer';
import { WARDS_LINE_LAYER } from './layers/wards-line-layer';
import { WATER_FILL_LAYER } from './layers/water-fill-layer';
import { CONTEXT_SOURCES, LIVE_SOURCES } from './sources';

function emptySource(promoteId?: string): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...(promoteId ? { promoteId } : {}) };
}

export function offlineStyle(): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const id of CONTEXT_SOURCES) sources[id] = emptySource();
  for (const id of LIVE_SOURCES) sources[id] = emptySource('id');
  return {
    version: 8,
    name: 'watchfloor-offline',
    sources,
    layers: [
      BACKGROUND_LAYER,
      WARDS_FILL_LAYER,
      WATER_FILL_LAYER,
      WARDS_LINE_LAYER,
      ROADS_LINE_LAYER,
      CAMERAS_CIRCLE_LAYER,
      UNITS_CIRCLE_LAYER,
      INCIDENT_SELECTED_LAYER,
      INCIDENTS_CIRCLE_LAYER,
    ],
  };
}

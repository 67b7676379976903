// The offline style: no basemap, no glyphs; context and live data come through GeoJSON sources.
import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BACKGROUND_LAYER } from './layers/background-layer';
import { AREA_SELECT_LAYER } from './layers/area-select-layer';
import { BOUNDARY_LINE_LAYER, BUS_ROUTES_LINE_LAYER } from './layers/context-lines-layers';
import { CAMERA_FOV_LAYER } from './layers/camera-fov-layer';
import { CAMERAS_CIRCLE_LAYER, CAMERAS_CLUSTER_LAYER, camerasSource } from './layers/cameras-circle-layer';
import { INCIDENT_SELECTED_LAYER } from './layers/incident-selected-layer';
import { INCIDENTS_CIRCLE_LAYER } from './layers/incidents-circle-layer';
import { BUS_STOPS_CIRCLE_LAYER, HEALTH_CIRCLE_LAYER, POLICE_POSTS_CIRCLE_LAYER, TRAFFIC_SIGNALS_CIRCLE_LAYER } from './layers/poi-circle-layers';
import { ROADS_LINE_LAYER } from './layers/roads-line-layer';
import { UNITS_CIRCLE_LAYER } from './layers/units-circle-layer';
import { WARDS_EXTRUSION_LAYER } from './layers/wards-extrusion-layer';
import { WARDS_FILL_LAYER } from './layers/wards-fill-layer';
import { WARDS_LINE_LAYER } from './layers/wards-line-layer';
import { WARD_SELECTED_LAYER } from './layers/ward-selected-layer';
import { WATER_FILL_LAYER } from './layers/water-fill-layer';
import { CAMERAS_SOURCE, CONTEXT_SOURCES, LIVE_SOURCES, POI_SOURCES, VIEW_SOURCES } from './sources';
import { FLOOD_RISK_LAYERS, SENSOR_POINT_LAYER_SPECS, sensorSources } from './layers/sensor-layers';

function emptySource(promoteId?: string): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...(promoteId ? { promoteId } : {}) };
}

export function offlineStyle(): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const id of CONTEXT_SOURCES) sources[id] = emptySource();
  for (const id of LIVE_SOURCES) sources[id] = emptySource('id');
  sources[CAMERAS_SOURCE] = camerasSource();
  for (const id of Object.keys(POI_SOURCES)) sources[id] = emptySource();
  for (const id of VIEW_SOURCES) sources[id] = emptySource();
  Object.assign(sources, sensorSources());
  return {
    version: 8,
    name: 'watchfloor-offline',
    sources,
    layers: [
      BACKGROUND_LAYER,
      WARDS_FILL_LAYER,
      WATER_FILL_LAYER,
      ...FLOOD_RISK_LAYERS,
      WARDS_LINE_LAYER,
      ROADS_LINE_LAYER,
      BUS_ROUTES_LINE_LAYER,
      BOUNDARY_LINE_LAYER,
      WARD_SELECTED_LAYER,
      WARDS_EXTRUSION_LAYER,
      HEALTH_CIRCLE_LAYER,
      BUS_STOPS_CIRCLE_LAYER,
      TRAFFIC_SIGNALS_CIRCLE_LAYER,
      POLICE_POSTS_CIRCLE_LAYER,
      CAMERA_FOV_LAYER,
      ...SENSOR_POINT_LAYER_SPECS,
      CAMERAS_CLUSTER_LAYER,
      CAMERAS_CIRCLE_LAYER,
      UNITS_CIRCLE_LAYER,
      INCIDENT_SELECTED_LAYER,
      INCIDENTS_CIRCLE_LAYER,
      AREA_SELECT_LAYER,
    ],
  };
}

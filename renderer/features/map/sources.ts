// Source ids: the layer specs and the sync code refer to these, never to string literals.
export const WARD_AREAS_SOURCE = 'ward-areas';
export const ROADS_SOURCE = 'roads';
export const WATER_SOURCE = 'water';
export const INCIDENTS_SOURCE = 'incidents';
export const UNITS_SOURCE = 'units';
export const CAMERAS_SOURCE = 'cameras';
export const HEALTH_SOURCE = 'poi-health';
export const BUS_STOPS_SOURCE = 'poi-bus-stops';
export const TRAFFIC_SIGNALS_SOURCE = 'poi-traffic-signals';
export const POLICE_POSTS_SOURCE = 'poi-police';
export const CAMERA_FOV_SOURCE = 'camera-fov';
export const AREA_SELECT_SOURCE = 'area-select';
export const BOUNDARY_SOURCE = 'city-boundary';
export const BUS_ROUTES_SOURCE = 'bus-routes';

export const CONTEXT_SOURCES = [WARD_AREAS_SOURCE, ROADS_SOURCE, WATER_SOURCE, BOUNDARY_SOURCE, BUS_ROUTES_SOURCE] as const;
/** Sources computed in the window for what is in view (not from the console). */
export const VIEW_SOURCES = [CAMERA_FOV_SOURCE, AREA_SELECT_SOURCE] as const;
export const LIVE_SOURCES = [INCIDENTS_SOURCE, UNITS_SOURCE, CAMERAS_SOURCE] as const;
/** Imported point layers: map source id → the layer id in MapContext.points. */
export const POI_SOURCES = {
  [HEALTH_SOURCE]: 'health',
  [BUS_STOPS_SOURCE]: 'busStops',
  [TRAFFIC_SIGNALS_SOURCE]: 'trafficSignals',
  [POLICE_POSTS_SOURCE]: 'police',
} as const;
export type PoiSourceId = keyof typeof POI_SOURCES;
export type MapSourceId = (typeof CONTEXT_SOURCES)[number] | (typeof LIVE_SOURCES)[number] | PoiSourceId | (typeof VIEW_SOURCES)[number];

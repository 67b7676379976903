// Source ids: the layer specs and the sync code refer to these, never to string literals.
export const WARD_AREAS_SOURCE = 'ward-areas';
export const ROADS_SOURCE = 'roads';
export const WATER_SOURCE = 'water';
export const INCIDENTS_SOURCE = 'incidents';
export const UNITS_SOURCE = 'units';
export const CAMERAS_SOURCE = 'cameras';

export const CONTEXT_SOURCES = [WARD_AREAS_SOURCE, ROADS_SOURCE, WATER_SOURCE] as const;
export const LIVE_SOURCES = [INCIDENTS_SOURCE, UNITS_SOURCE, CAMERAS_SOURCE] as const;
export type MapSourceId = (typeof CONTEXT_SOURCES)[number] | (typeof LIVE_SOURCES)[number];

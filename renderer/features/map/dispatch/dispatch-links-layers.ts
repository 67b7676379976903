import type { LineLayerSpecification } from 'maplibre-gl';
import { AGENCY_COLOR_EXPRESSION } from '../model/colors';
import { DISPATCH_LINKS_SOURCE } from './dispatch-links';


/** The road route ahead of each en-route unit, in its agency's colour over a dark casing. */
export const UNIT_ROUTES_CASING_LAYER: LineLayerSpecification = {
  id: 'unit-routes-casing',
  type: 'line',
  source: DISPATCH_LINKS_SOURCE,
  filter: ['==', ['get', 'kind'], 'route'],
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': '#0b1220', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 9] },
};

export const UNIT_ROUTES_LAYER: LineLayerSpecification = {
  id: 'unit-routes-line',
  type: 'line',
  source: DISPATCH_LINKS_SOURCE,
  filter: ['==', ['get', 'kind'], 'route'],
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': AGENCY_COLOR_EXPRESSION, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 5] },
};

/** Incident → assigned unit, dashed: who is on which incident at a glance. */
export const INCIDENT_UNIT_LINKS_LAYER: LineLayerSpecification = {
  id: 'incident-unit-links',
  type: 'line',
  source: DISPATCH_LINKS_SOURCE,
  filter: ['==', ['get', 'kind'], 'link'],
  paint: { 'line-color': '#ffd43b', 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': 0.9 },
};

export const DISPATCH_LINK_LAYERS = [UNIT_ROUTES_CASING_LAYER, UNIT_ROUTES_LAYER, INCIDENT_UNIT_LINKS_LAYER];

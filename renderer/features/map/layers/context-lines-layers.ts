import type { LineLayerSpecification } from 'maplibre-gl';
import { POI_COLORS, WARD_COLORS } from '../model/colors';
import { BOUNDARY_SOURCE, BUS_ROUTES_SOURCE } from '../sources';

/** The city outline over the ward cells: where Hanoi's responsibility ends. */
export const BOUNDARY_LINE_LAYER: LineLayerSpecification = {
  id: 'city-boundary-line',
  type: 'line',
  source: BOUNDARY_SOURCE,
  paint: { 'line-color': WARD_COLORS.boundary, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 14, 3], 'line-opacity': 0.9 },
};

export const BUS_ROUTES_LINE_LAYER: LineLayerSpecification = {
  id: 'bus-routes-line',
  type: 'line',
  source: BUS_ROUTES_SOURCE,
  minzoom: 11,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': POI_COLORS.busStop, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.8, 16, 2.5], 'line-opacity': 0.55 },
};

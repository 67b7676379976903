import type { CircleLayerSpecification } from 'maplibre-gl';
import { POI_COLORS } from '../model/colors';
import { BUS_STOPS_SOURCE, HEALTH_SOURCE, POLICE_POSTS_SOURCE, TRAFFIC_SIGNALS_SOURCE } from '../sources';

const radius = (lo: number, hi: number): CircleLayerSpecification['paint'] => ({
  'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, lo, 15, hi],
  'circle-stroke-color': '#0b1220',
  'circle-stroke-width': 1,
});

/** Hospitals brighter than clinics and doctors (OSM amenity). */
export const HEALTH_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'poi-health-circle',
  type: 'circle',
  source: HEALTH_SOURCE,
  paint: { ...radius(2.5, 6), 'circle-color': ['match', ['get', 'amenity'], 'hospital', POI_COLORS.hospital, POI_COLORS.clinic] },
};

export const BUS_STOPS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'poi-bus-stops-circle',
  type: 'circle',
  source: BUS_STOPS_SOURCE,
  minzoom: 11,
  paint: { ...radius(1.5, 4), 'circle-color': POI_COLORS.busStop },
};

export const TRAFFIC_SIGNALS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'poi-traffic-signals-circle',
  type: 'circle',
  source: TRAFFIC_SIGNALS_SOURCE,
  paint: { ...radius(1.5, 4.5), 'circle-color': POI_COLORS.trafficSignal },
};

export const POLICE_POSTS_CIRCLE_LAYER: CircleLayerSpecification = {
  id: 'poi-police-circle',
  type: 'circle',
  source: POLICE_POSTS_SOURCE,
  paint: { ...radius(3, 7), 'circle-color': POI_COLORS.policePost },
};

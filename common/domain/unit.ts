import type { GeoPoint } from './geo';

export const AGENCIES = ['police', 'fire', 'ambulance', 'drainage', 'environment'] as const;
export type Agency = (typeof AGENCIES)[number];

export const UNIT_STATUSES = ['available', 'dispatched', 'en_route', 'on_scene', 'returning', 'out_of_service'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export interface Unit {
  id: string;
  callSign: string;
  agency: Agency;
  kind: string;
  status: UnitStatus;
  position: GeoPoint;
  headingDeg: number;
  speedKmh: number;
  incidentId: string;
  updatedMs: number;
  version: number;
  /** While assigned: the route ahead to the incident, the remaining ETA (s) and distance (m), as the engine keeps them. */
  route?: GeoPoint[];
  routeEtaS?: number;
  routeDistanceM?: number;
  routeEstimate?: string;
  routeComputedMs?: number;
}

// En-route units' routes and incident → unit lines as GeoJSON, from the records the engine streams.
import { isOpenStatus, type Incident } from '../../../../common/domain/incident';
import type { Unit } from '../../../../common/domain/unit';

export const DISPATCH_LINKS_SOURCE = 'dispatch-links';
/** Statuses in which a unit travels to its incident and its route is drawn. */
export const MOVING_STATUSES: readonly string[] = ['dispatched', 'en_route'];

export interface LinkProps {
  kind: 'route' | 'link';
  unitId: string;
  incidentId: string;
  agency: string;
  etaS: number;
}

export interface LineFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: LinkProps;
}

/** A unit on its way: it has an incident and a route of at least two points. */
export function isEnRoute(u: Unit): boolean {
  return !!u.incidentId && MOVING_STATUSES.includes(u.status) && (u.route?.length ?? 0) >= 2;
}

/**
 * One route line per en-route unit (what lies ahead, as the engine trims it) and one straight line
 * from each open incident to every unit assigned to it.
 */
export function dispatchLinkFeatures(incidents: Iterable<Incident>, units: ReadonlyMap<string, Unit>): { type: 'FeatureCollection'; features: LineFeature[] } {
  const features: LineFeature[] = [];
  for (const u of units.values()) {
    if (!isEnRoute(u)) continue;
    features.push({
      type: 'Feature',
      id: `route:${u.id}`,
      geometry: { type: 'LineString', coordinates: u.route!.map((p) => [p.lon, p.lat]) },
      properties: { kind: 'route', unitId: u.id, incidentId: u.incidentId, agency: u.agency, etaS: Math.round(u.routeEtaS ?? 0) },
    });
  }
  for (const i of incidents) {
    if (!isOpenStatus(i.status)) continue;
    for (const id of i.assignedUnitIds ?? []) {
      const u = units.get(id);
      if (!u || u.incidentId !== i.id) continue;
      features.push({
        type: 'Feature',
        id: `link:${i.id}:${u.id}`,
        geometry: { type: 'LineString', coordinates: [[i.location.lon, i.location.lat], [u.position.lon, u.position.lat]] },
        properties: { kind: 'link', unitId: u.id, incidentId: i.id, agency: u.agency, etaS: Math.round(u.routeEtaS ?? 0) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

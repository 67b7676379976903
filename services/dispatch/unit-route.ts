import { distanceMeters, type GeoPoint } from '../../common/domain/geo';
import type { Router } from './routing/router';
import type { StoredUnit } from './store';

/** A unit within this of its incident (along the route or straight) has arrived: on scene. */
export const ARRIVAL_M = 40;
/** A position further than this from the route means the unit left it: the route is computed again. */
export const OFF_ROUTE_M = 150;

export type RouteFields = Pick<Required<StoredUnit>, 'route' | 'route_eta_s' | 'route_distance_m' | 'route_estimate' | 'route_computed_ms'>;

/** A free unit carries no route. */
export const NO_ROUTE: RouteFields = { route: [], route_eta_s: 0, route_distance_m: 0, route_estimate: '', route_computed_ms: 0 };

/** The route from a unit's position to its incident over the road graph (straight line where there is none). */
export function routeTo(router: Router, from: GeoPoint, to: GeoPoint, now: number): RouteFields {
  const dest = router.towards(to);
  const estimate = dest.estimateFrom(from);
  const road = estimate.method === 'road_graph' ? dest.routeFrom(from) : [];
  const route = road.length >= 2 ? road : [from, to];
  return {
    route: route.map((p) => ({ lat: p.lat, lon: p.lon })),
    route_eta_s: Math.round(estimate.etaS),
    route_distance_m: Math.round(Number.isFinite(estimate.distanceM) ? estimate.distanceM : pathLength(route)),
    route_estimate: road.length >= 2 ? 'road_graph' : 'straight_line',
    route_computed_ms: now,
  };
}

export function pathLength(points: readonly GeoPoint[]): number {
  let d = 0;
  for (let i = 1; i < points.length; i++) d += distanceMeters(points[i - 1], points[i]);
  return d;
}

/** The closest point of segment a–b to p, in a local flat projection (metres are fine at city scale). */
function project(p: GeoPoint, a: GeoPoint, b: GeoPoint): { point: GeoPoint; distanceM: number } {
  const k = Math.cos((p.lat * Math.PI) / 180);
  const ax = a.lon * k, ay = a.lat, bx = b.lon * k, by = b.lat, px = p.lon * k, py = p.lat;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const point = { lat: ay + t * dy, lon: (ax + t * dx) / k };
  return { point, distanceM: distanceMeters(p, point) };
}

/**
 * The unit after an AVL position: an assigned unit's route is trimmed to what lies ahead and its
 * ETA scaled to the remaining distance (or re-routed if it left the route); a dispatched unit
 * that moves is en route; one that reaches its incident is on scene.
 */
export function followRoute(router: Router, before: StoredUnit, moved: StoredUnit, now: number): StoredUnit {
  const route = before.route ?? [];
  if (!before.incident_id || route.length < 2 || !['dispatched', 'en_route'].includes(before.status)) return moved;
  const pos = moved.position;
  const dest = route[route.length - 1];
  let best = { index: 0, point: route[0], distanceM: Infinity };
  for (let i = 0; i + 1 < route.length; i++) {
    const pr = project(pos, route[i], route[i + 1]);
    if (pr.distanceM < best.distanceM) best = { index: i, point: pr.point, distanceM: pr.distanceM };
  }
  let next: RouteFields;
  if (best.distanceM > OFF_ROUTE_M) {
    next = routeTo(router, pos, dest, now);
  } else {
    const ahead = [pos, best.point, ...route.slice(best.index + 1)].filter((p, i, all) => i === 0 || distanceMeters(p, all[i - 1]) > 0.5);
    // Scaled by the share of the drawn path left, so a straight-line estimate keeps its detour factor.
    const share = pathLength(ahead) / (pathLength(route) || 1);
    next = {
      route: ahead,
      route_eta_s: Math.round((before.route_eta_s ?? 0) * share),
      route_distance_m: Math.round((before.route_distance_m ?? 0) * share),
      route_estimate: before.route_estimate ?? '',
      route_computed_ms: before.route_computed_ms ?? now,
    };
  }
  if (next.route_distance_m <= ARRIVAL_M || distanceMeters(pos, dest) <= ARRIVAL_M) return { ...moved, ...NO_ROUTE, status: 'on_scene' };
  const movedAway = distanceMeters(before.position, pos) > 1;
  return { ...moved, ...next, status: before.status === 'dispatched' && movedAway ? 'en_route' : before.status };
}

import { distanceMeters, type GeoPoint } from './geo';

export interface WardRef {
  name: string;
  center: GeoPoint;
}

/**
 * The ward for a point: the ward whose centre is nearest. A stand-in until the 2025 ward polygons
 * are imported (point-in-polygon); good enough for the demo's central wards.
 */
export function nearestWard(p: GeoPoint, wards: readonly WardRef[]): string {
  let best = '';
  let bestD = Infinity;
  for (const w of wards) {
    const d = distanceMeters(p, w.center);
    if (d < bestD) {
      bestD = d;
      best = w.name;
    }
  }
  return best;
}

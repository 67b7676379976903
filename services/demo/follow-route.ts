import { distanceMeters, type GeoPoint } from '../../common/domain/geo';

/** Where a vehicle is after driving `metres` along a route from its first point, and its heading. */
export function stepAlongRoute(route: readonly GeoPoint[], metres: number): { position: GeoPoint; headingDeg: number } {
  let left = metres;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1];
    const b = route[i];
    const d = distanceMeters(a, b);
    const heading = ((Math.atan2(b.lon - a.lon, b.lat - a.lat) * 180) / Math.PI + 360) % 360;
    if (d >= left && d > 0) {
      const f = left / d;
      return { position: { lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f }, headingDeg: heading };
    }
    left -= d;
    if (i === route.length - 1) return { position: { ...b }, headingDeg: heading };
  }
  return { position: { ...route[0] }, headingDeg: 0 };
}

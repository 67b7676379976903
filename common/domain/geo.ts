export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Bounding box of Hanoi (2025 boundary, rounded outward). */
export const HANOI_BBOX = { minLat: 20.53, maxLat: 21.39, minLon: 105.28, maxLon: 106.03 } as const;

export const HANOI_CENTER: GeoPoint = { lat: 21.0285, lon: 105.8542 };

export function isInHanoiBbox(p: GeoPoint): boolean {
  return (
    p.lat >= HANOI_BBOX.minLat && p.lat <= HANOI_BBOX.maxLat && p.lon >= HANOI_BBOX.minLon && p.lon <= HANOI_BBOX.maxLon
  );
}

const EARTH_RADIUS_M = 6_371_008.8;

export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Parses "21.03, 105.85" (or with a space only). Returns null when it is not two numbers. */
export function parseLatLon(text: string): GeoPoint | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  return { lat: Number(m[1]), lon: Number(m[2]) };
}

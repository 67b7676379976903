// Small spherical helpers the map needs on the main thread: metres per pixel, local east/north offsets,
// a point at a bearing and distance, and point-in-polygon. Accurate to well under a metre at city scale.
import type { GeoPoint } from '../../../../common/domain/geo';

const EARTH_RADIUS_M = 6_378_137;
const DEG = Math.PI / 180;
/** MapLibre renders 512-pixel tiles. */
const TILE_PX = 512;

export function metersPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos(lat * DEG)) / (TILE_PX * 2 ** zoom);
}

/** East/north metres of `p` from `origin` (equirectangular; fine within a city). */
export function offsetMetres(origin: GeoPoint, p: GeoPoint): { east: number; north: number } {
  return {
    east: (p.lon - origin.lon) * DEG * EARTH_RADIUS_M * Math.cos(origin.lat * DEG),
    north: (p.lat - origin.lat) * DEG * EARTH_RADIUS_M,
  };
}

/** The point `distanceM` from `from` along `bearingDeg` (0 = north, clockwise). */
export function destination(from: GeoPoint, bearingDeg: number, distanceM: number): GeoPoint {
  const b = bearingDeg * DEG;
  const dNorth = Math.cos(b) * distanceM;
  const dEast = Math.sin(b) * distanceM;
  return {
    lat: from.lat + dNorth / EARTH_RADIUS_M / DEG,
    lon: from.lon + dEast / (EARTH_RADIUS_M * Math.cos(from.lat * DEG)) / DEG,
  };
}

/** Ray casting over a closed or open ring of [lon, lat] pairs. */
export function pointInRing(ring: readonly (readonly [number, number])[], p: GeoPoint): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p.lat !== yj > p.lat && p.lon < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** [west, south, east, north] of a ring. */
export function ringBounds(ring: readonly (readonly [number, number])[]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

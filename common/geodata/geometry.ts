// Small planar geometry over GeoJSON coordinates (lon, lat): bounds, label points, point-in-polygon.

export type Bbox = [number, number, number, number];
type Pos = number[];
export interface PolygonalGeometry {
  type: string;
  coordinates: unknown;
}

function polygonsOf(g: PolygonalGeometry): Pos[][][] {
  if (g.type === 'Polygon') return [g.coordinates as Pos[][]];
  if (g.type === 'MultiPolygon') return g.coordinates as Pos[][][];
  return [];
}

/** [minLon, minLat, maxLon, maxLat] of every position in the geometry (any type). */
export function bboxOf(g: PolygonalGeometry): Bbox {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (v: unknown): void => {
    if (!Array.isArray(v)) return;
    if (typeof v[0] === 'number') {
      const [x, y] = v as number[];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      return;
    }
    for (const c of v) walk(c);
  };
  walk(g.coordinates);
  return b;
}

function ringArea(ring: Pos[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

function ringContains(ring: Pos[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd test against the outer ring minus the holes of each polygon part. */
export function containsPoint(g: PolygonalGeometry, lon: number, lat: number): boolean {
  for (const poly of polygonsOf(g)) {
    if (!poly.length || !ringContains(poly[0], lon, lat)) continue;
    if (!poly.slice(1).some((hole) => ringContains(hole, lon, lat))) return true;
  }
  return false;
}

/** A point for a label: the centroid of the largest part, or its bbox centre when that falls outside. */
export function labelPoint(g: PolygonalGeometry): { lon: number; lat: number } {
  let best: Pos[] | null = null;
  let bestArea = 0;
  for (const poly of polygonsOf(g)) {
    const a = Math.abs(ringArea(poly[0] ?? []));
    if (a > bestArea) {
      bestArea = a;
      best = poly[0];
    }
  }
  const [minX, minY, maxX, maxY] = bboxOf(g);
  const fallback = { lon: (minX + maxX) / 2, lat: (minY + maxY) / 2 };
  if (!best || bestArea === 0) return fallback;
  const a = ringArea(best);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const f = best[j][0] * best[i][1] - best[i][0] * best[j][1];
    cx += (best[j][0] + best[i][0]) * f;
    cy += (best[j][1] + best[i][1]) * f;
  }
  const c = { lon: cx / (6 * a), lat: cy / (6 * a) };
  return containsPoint(g, c.lon, c.lat) ? c : fallback;
}

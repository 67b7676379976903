import type { GeoPoint } from './geo';
import type { WardRef } from './wards';

type Pt = [number, number];

/**
 * Nearest-centre cells (a Voronoi diagram) for the wards, clipped to a box: the areas the demo
 * assigns to each ward, drawn on the map until real ward polygons are imported.
 */
export function wardCells(wards: readonly WardRef[], box: { minLat: number; maxLat: number; minLon: number; maxLon: number }) {
  // Work in a locally isotropic plane (lon scaled by cos(lat)) so cells match distance on the ground.
  const k = Math.cos(((box.minLat + box.maxLat) / 2) * (Math.PI / 180));
  const toXY = (p: GeoPoint): Pt => [p.lon * k, p.lat];
  const features = wards.map((w, i) => {
    let poly: Pt[] = [
      [box.minLon * k, box.minLat],
      [box.maxLon * k, box.minLat],
      [box.maxLon * k, box.maxLat],
      [box.minLon * k, box.maxLat],
    ];
    const a = toXY(w.center);
    wards.forEach((o, j) => {
      if (j !== i) poly = clipHalfPlane(poly, a, toXY(o.center));
    });
    const ring = poly.map(([x, y]) => [round(x / k), round(y)]);
    if (ring.length) ring.push(ring[0]);
    return {
      type: 'Feature' as const,
      id: i,
      properties: { name: w.name },
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

/** Keeps the part of poly nearer to a than to b (Sutherland–Hodgman against the bisector). */
function clipHalfPlane(poly: Pt[], a: Pt, b: Pt): Pt[] {
  const nx = b[0] - a[0];
  const ny = b[1] - a[1];
  const c = (nx * (a[0] + b[0])) / 2 + (ny * (a[1] + b[1])) / 2;
  const inside = (p: Pt) => nx * p[0] + ny * p[1] <= c;
  const out: Pt[] = [];
  for (let i = 0; i < poly.length; i++) {
    const cur = poly[i];
    const prev = poly[(i + poly.length - 1) % poly.length];
    const ci = inside(cur);
    const pi = inside(prev);
    if (ci !== pi) {
      const t = (c - nx * prev[0] - ny * prev[1]) / (nx * (cur[0] - prev[0]) + ny * (cur[1] - prev[1]));
      out.push([prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])]);
    }
    if (ci) out.push(cur);
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

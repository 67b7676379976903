import { distanceMeters, type GeoPoint } from '../../../common/domain/geo';
import type { RoadGraph } from './road-graph';

const M_PER_DEG_LAT = 111_320;

/** A uniform lat/lon grid over graph nodes, to find the nearest node to a point. */
export class GridIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly cellDegLat: number;
  private readonly cellDegLon: number;
  /** Metres per degree of longitude at the graph's latitude (equirectangular comparison). */
  private readonly mPerDegLon: number;

  /**
   * Indexes the nodes that pass `include` (by default those in components of at least 1% of the
   * graph, so a point never snaps onto a detached fragment such as a parking aisle).
   */
  constructor(
    private readonly graph: RoadGraph,
    readonly cellM = 250,
    include: (node: number) => boolean = (n) => graph.componentSize[n] >= Math.max(2, graph.stats.largestComponent * 0.01),
  ) {
    const midLat = graph.nodeCount ? graph.lat[0] : 21;
    this.cellDegLat = cellM / M_PER_DEG_LAT;
    this.mPerDegLon = M_PER_DEG_LAT * Math.cos((midLat * Math.PI) / 180);
    this.cellDegLon = cellM / this.mPerDegLon;
    for (let n = 0; n < graph.nodeCount; n++) {
      if (!include(n)) continue;
      const key = this.key(this.row(graph.lat[n]), this.col(graph.lon[n]));
      const list = this.cells.get(key);
      if (list) list.push(n);
      else this.cells.set(key, [n]);
    }
  }

  private row(lat: number): number {
    return Math.floor(lat / this.cellDegLat);
  }

  private col(lon: number): number {
    return Math.floor(lon / this.cellDegLon);
  }

  private key(r: number, c: number): number {
    return r * 1_000_003 + c;
  }

  /** The nearest indexed node within maxM metres, or undefined. */
  nearest(p: GeoPoint, maxM: number): { node: number; distanceM: number } | undefined {
    const r0 = this.row(p.lat);
    const c0 = this.col(p.lon);
    const rings = Math.ceil(maxM / this.cellM) + 1;
    let best = -1;
    let bestD2 = Infinity;
    const { lat, lon } = this.graph;
    for (let ring = 0; ring <= rings; ring++) {
      // Anything in ring k is at least (k-1) cells away: stop once that exceeds the best found.
      if (best >= 0 && ((ring - 1) * this.cellM) ** 2 > bestD2) break;
      for (let r = r0 - ring; r <= r0 + ring; r++) {
        for (let c = c0 - ring; c <= c0 + ring; c++) {
          if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) !== ring) continue;
          const list = this.cells.get(this.key(r, c));
          if (!list) continue;
          for (const n of list) {
            // Flat-earth squared distance: exact enough to compare within a few hundred metres.
            const dy = (lat[n] - p.lat) * M_PER_DEG_LAT;
            const dx = (lon[n] - p.lon) * this.mPerDegLon;
            const d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
              bestD2 = d2;
              best = n;
            }
          }
        }
      }
    }
    if (best < 0) return undefined;
    const d = distanceMeters(p, { lat: lat[best], lon: lon[best] });
    return d <= maxM ? { node: best, distanceM: d } : undefined;
  }
}

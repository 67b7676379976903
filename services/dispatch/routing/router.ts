import { distanceMeters, type GeoPoint } from '../../../common/domain/geo';
import { GridIndex } from './grid-index';
import type { RoadGraph } from './road-graph';
import { pathInTree, searchFrom, type SearchTree } from './shortest-paths';
import { ACCESS_SPEED_KMH, FALLBACK_SPEED_KMH, kmhToMps, MAX_SNAP_M, STRAIGHT_LINE_FACTOR } from './speeds';

export type EstimateMethod = 'road_graph' | 'straight_line';

export interface Estimate {
  etaS: number;
  distanceM: number;
  method: EstimateMethod;
  /** Why the straight-line fallback was used; empty for road-graph estimates. */
  note: string;
}

const FALLBACK = `straight line × ${STRAIGHT_LINE_FACTOR} at ${FALLBACK_SPEED_KMH} km/h`;
const ACCESS_MPS = kmhToMps(ACCESS_SPEED_KMH);
const FALLBACK_MPS = kmhToMps(FALLBACK_SPEED_KMH);

function km(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`;
}

export function straightLine(from: GeoPoint, to: GeoPoint, note: string): Estimate {
  const d = distanceMeters(from, to) * STRAIGHT_LINE_FACTOR;
  return { etaS: d / FALLBACK_MPS, distanceM: d, method: 'straight_line', note: `${note}: ${FALLBACK}` };
}

/** Travel estimates towards one destination, from as many origins as needed (one graph search). */
export class Destination {
  constructor(
    readonly point: GeoPoint,
    private readonly router: Router,
    private readonly tree: SearchTree | undefined,
    private readonly snapM: number,
    private readonly whyNoTree: string,
    private readonly bounded: boolean,
  ) {}

  estimateFrom(origin: GeoPoint): Estimate {
    return this.estimateFromSnapped(origin, this.tree ? this.router.snap(origin) : undefined);
  }

  /** As estimateFrom, with the origin already snapped (Router.snap), to snap a unit once for many destinations. */
  estimateFromSnapped(origin: GeoPoint, snap: { node: number; distanceM: number } | undefined): Estimate {
    if (!this.tree) return straightLine(origin, this.point, this.whyNoTree);
    if (!snap) return straightLine(origin, this.point, `the unit is more than ${MAX_SNAP_M} m from the road graph`);
    const t = this.tree.timeS[snap.node];
    if (!Number.isFinite(t)) {
      if (this.bounded) return { etaS: Infinity, distanceM: Infinity, method: 'road_graph', note: 'beyond the search limit' };
      return straightLine(origin, this.point, 'no road path from the unit to the destination in the graph (one-way or disconnected roads)');
    }
    return {
      etaS: (snap.distanceM + this.snapM) / ACCESS_MPS + t,
      distanceM: snap.distanceM + this.tree.distM[snap.node] + this.snapM,
      method: 'road_graph',
      note: '',
    };
  }

  /** Seconds only, without allocating: for scanning thousands of units (coverage). */
  etaFromSnapped(origin: GeoPoint, snap: { node: number; distanceM: number } | undefined): number {
    if (this.tree && snap) {
      const t = this.tree.timeS[snap.node];
      if (Number.isFinite(t)) return (snap.distanceM + this.snapM) / ACCESS_MPS + t;
      if (this.bounded) return Infinity;
    }
    return (distanceMeters(origin, this.point) * STRAIGHT_LINE_FACTOR) / FALLBACK_MPS;
  }

  /** The driving route from origin as points (origin, road nodes, destination); [] when off the graph. */
  routeFrom(origin: GeoPoint): GeoPoint[] {
    if (!this.tree) return [];
    const snap = this.router.snap(origin);
    if (!snap) return [];
    const nodes = pathInTree(this.tree, snap.node);
    if (nodes.length === 0) return [];
    return [origin, ...nodes.map((n) => this.router.graph!.point(n)), this.point];
  }
}

/** Estimates travel on the road graph where there is one, by straight line where there is not. */
export class Router {
  private readonly index?: GridIndex;
  private readonly cache = new Map<string, Destination>();
  /** Snaps by position: units standing still are snapped once, not on every recommendation. */
  private readonly snaps = new Map<string, { node: number; distanceM: number } | null>();

  constructor(readonly graph?: RoadGraph) {
    if (graph) this.index = new GridIndex(graph);
  }

  describe(): string {
    if (!this.graph) return `no road graph loaded: every estimate is ${FALLBACK}`;
    const s = this.graph.stats;
    return `road graph ${this.graph.source}: ${s.nodes} nodes, ${s.edges} directed edges`;
  }

  snap(p: GeoPoint): { node: number; distanceM: number } | undefined {
    if (!this.index) return undefined;
    const key = `${p.lat},${p.lon}`;
    const known = this.snaps.get(key);
    if (known !== undefined) return known ?? undefined;
    if (this.snaps.size >= 200_000) this.snaps.clear();
    const hit = this.index.nearest(p, MAX_SNAP_M);
    this.snaps.set(key, hit ?? null);
    return hit;
  }

  /** Searches the graph backwards from dest once; maxTimeS bounds the search (coverage checks). */
  towards(dest: GeoPoint, maxTimeS?: number): Destination {
    if (!this.graph) return new Destination(dest, this, undefined, 0, 'no road graph loaded', false);
    const snap = this.snap(dest);
    if (!snap) return new Destination(dest, this, undefined, 0, `the destination is more than ${MAX_SNAP_M} m from the road graph`, false);
    const tree = searchFrom(this.graph, snap.node, 'reverse', { maxTimeS });
    return new Destination(dest, this, tree, snap.distanceM, '', maxTimeS !== undefined);
  }

  /** towards(), remembered by key: for fixed destinations such as ward centres. */
  towardsCached(key: string, dest: GeoPoint, maxTimeS?: number): Destination {
    const k = `${key}|${maxTimeS ?? ''}`;
    let d = this.cache.get(k);
    if (!d) {
      d = this.towards(dest, maxTimeS);
      this.cache.set(k, d);
    }
    return d;
  }
}

export { km as formatDistance };

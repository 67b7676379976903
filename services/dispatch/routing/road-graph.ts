import { distanceMeters } from '../../../common/domain/geo';
import type { RoadLine } from './road-features';
import { DENSIFY_M, kmhToMps, ROAD_SPEEDS_KMH } from './speeds';

/** Adjacency in compressed rows: edges of node n are start[n] … start[n+1]-1. */
export interface Adjacency {
  start: Int32Array;
  node: Int32Array;
  timeS: Float64Array;
  distM: Float64Array;
}

export interface RoadGraphStats {
  nodes: number;
  /** Directed edges. */
  edges: number;
  lines: number;
  components: number;
  largestComponent: number;
}

/**
 * A directed road graph: nodes where lines share a coordinate (plus points that split long
 * edges), edges both ways unless oneway, weighted by travel time at the class speed.
 */
export class RoadGraph {
  private constructor(
    readonly lat: Float64Array,
    readonly lon: Float64Array,
    /** Edges leaving each node. */
    readonly out: Adjacency,
    /** Edges entering each node (for searches towards a destination). */
    readonly incoming: Adjacency,
    /** Size of the weakly connected component each node is in. */
    readonly componentSize: Int32Array,
    readonly stats: RoadGraphStats,
    readonly source: string,
  ) {}

  get nodeCount(): number {
    return this.lat.length;
  }

  point(n: number): { lat: number; lon: number } {
    return { lat: this.lat[n], lon: this.lon[n] };
  }

  static build(lines: readonly RoadLine[], source: string, densifyM = DENSIFY_M): RoadGraph {
    const ids = new Map<string, number>();
    const lat: number[] = [];
    const lon: number[] = [];
    const nodeAt = (x: number, y: number): number => {
      const key = `${x.toFixed(7)},${y.toFixed(7)}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = lat.length;
        ids.set(key, id);
        lon.push(x);
        lat.push(y);
      }
      return id;
    };
    const from: number[] = [];
    const to: number[] = [];
    const dist: number[] = [];
    const time: number[] = [];
    const addEdge = (a: number, b: number, d: number, speed: number) => {
      from.push(a);
      to.push(b);
      dist.push(d);
      time.push(d / speed);
    };
    for (const line of lines) {
      const speed = kmhToMps(ROAD_SPEEDS_KMH[line.roadClass]);
      let prev = nodeAt(line.coordinates[0][0], line.coordinates[0][1]);
      for (let k = 1; k < line.coordinates.length; k++) {
        const [x1, y1] = line.coordinates[k - 1];
        const [x2, y2] = line.coordinates[k];
        const whole = distanceMeters({ lat: y1, lon: x1 }, { lat: y2, lon: x2 });
        const pieces = Math.max(1, Math.ceil(whole / densifyM));
        for (let s = 1; s <= pieces; s++) {
          const next = s === pieces ? nodeAt(x2, y2) : nodeAt(x1 + ((x2 - x1) * s) / pieces, y1 + ((y2 - y1) * s) / pieces);
          if (next === prev) continue;
          const d = distanceMeters({ lat: lat[prev], lon: lon[prev] }, { lat: lat[next], lon: lon[next] });
          if (line.direction !== 'backward') addEdge(prev, next, d, speed);
          if (line.direction !== 'forward') addEdge(next, prev, d, speed);
          prev = next;
        }
      }
    }
    const n = lat.length;
    const out = compress(n, from, to, dist, time);
    const inn = compress(n, to, from, dist, time);
    const { size, components, largest } = weakComponents(n, from, to);
    return new RoadGraph(
      Float64Array.from(lat),
      Float64Array.from(lon),
      out,
      inn,
      size,
      { nodes: n, edges: from.length, lines: lines.length, components, largestComponent: largest },
      source,
    );
  }
}

function compress(n: number, src: number[], dst: number[], dist: number[], time: number[]): Adjacency {
  const start = new Int32Array(n + 1);
  for (const s of src) start[s + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const node = new Int32Array(src.length);
  const timeS = new Float64Array(src.length);
  const distM = new Float64Array(src.length);
  for (let e = 0; e < src.length; e++) {
    const at = fill[src[e]]++;
    node[at] = dst[e];
    timeS[at] = time[e];
    distM[at] = dist[e];
  }
  return { start, node, timeS, distM };
}

function weakComponents(n: number, a: number[], b: number[]): { size: Int32Array; components: number; largest: number } {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (let e = 0; e < a.length; e++) {
    const ra = find(a[e]);
    const rb = find(b[e]);
    if (ra !== rb) parent[ra] = rb;
  }
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) count[find(i)]++;
  const size = new Int32Array(n);
  let components = 0;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    size[i] = count[find(i)];
    if (parent[i] === i) {
      components++;
      largest = Math.max(largest, count[i]);
    }
  }
  return { size, components, largest };
}

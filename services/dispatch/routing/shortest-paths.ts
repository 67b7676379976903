import { distanceMeters } from '../../../common/domain/geo';
import { MinHeap } from './min-heap';
import type { RoadGraph } from './road-graph';
import { kmhToMps, MAX_ROAD_SPEED_KMH } from './speeds';

/** Travel time and distance from (or to) the search's origin for every node reached. */
export interface SearchTree {
  origin: number;
  /** 'forward': times from origin; 'reverse': times to origin. */
  direction: 'forward' | 'reverse';
  timeS: Float64Array;
  distM: Float64Array;
  /** Previous node on the path back towards the origin; -1 at the origin or when unreached. */
  pred: Int32Array;
}

export interface SearchOptions {
  /** Stop expanding beyond this travel time (nodes farther stay unreached, Infinity). */
  maxTimeS?: number;
}

/**
 * Dijkstra from one node over the whole graph (or up to maxTimeS). 'reverse' follows edges
 * backwards, so timeS[n] is the time to drive from n to the origin: one search ranks every unit.
 */
export function searchFrom(graph: RoadGraph, origin: number, direction: 'forward' | 'reverse', opts: SearchOptions = {}): SearchTree {
  const n = graph.nodeCount;
  const adj = direction === 'forward' ? graph.out : graph.incoming;
  const timeS = new Float64Array(n).fill(Infinity);
  const distM = new Float64Array(n).fill(Infinity);
  const pred = new Int32Array(n).fill(-1);
  const limit = opts.maxTimeS ?? Infinity;
  const heap = new MinHeap();
  timeS[origin] = 0;
  distM[origin] = 0;
  heap.push(0, origin);
  while (heap.size > 0) {
    const t = heap.peekKey();
    const u = heap.pop();
    if (t > timeS[u]) continue;
    if (t > limit) break;
    for (let e = adj.start[u]; e < adj.start[u + 1]; e++) {
      const v = adj.node[e];
      const nt = t + adj.timeS[e];
      if (nt < timeS[v]) {
        timeS[v] = nt;
        distM[v] = distM[u] + adj.distM[e];
        pred[v] = u;
        heap.push(nt, v);
      }
    }
  }
  if (limit !== Infinity) {
    for (let i = 0; i < n; i++) {
      if (timeS[i] > limit) {
        timeS[i] = Infinity;
        distM[i] = Infinity;
        pred[i] = -1;
      }
    }
  }
  return { origin, direction, timeS, distM, pred };
}

/** Node ids in driving order between the origin and `node` (either direction); [] if unreached. */
export function pathInTree(tree: SearchTree, node: number): number[] {
  if (!Number.isFinite(tree.timeS[node])) return [];
  const nodes: number[] = [];
  for (let at = node; at !== -1; at = tree.pred[at]) nodes.push(at);
  return tree.direction === 'forward' ? nodes.reverse() : nodes;
}

export interface PathResult {
  timeS: number;
  distanceM: number;
  nodes: number[];
}

/**
 * Point-to-point A*: the heuristic is the straight-line time at the fastest road speed, which
 * never overestimates and is consistent (edge length ≥ great-circle distance between its ends).
 */
export function shortestPath(graph: RoadGraph, from: number, to: number): PathResult | undefined {
  const n = graph.nodeCount;
  const vmax = kmhToMps(MAX_ROAD_SPEED_KMH);
  const goal = graph.point(to);
  const h = (v: number) => distanceMeters({ lat: graph.lat[v], lon: graph.lon[v] }, goal) / vmax;
  const g = new Float64Array(n).fill(Infinity);
  const d = new Float64Array(n).fill(Infinity);
  const pred = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  g[from] = 0;
  d[from] = 0;
  heap.push(h(from), from);
  while (heap.size > 0) {
    const u = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u === to) {
      const nodes: number[] = [];
      for (let at = to; at !== -1; at = pred[at]) nodes.push(at);
      return { timeS: g[to], distanceM: d[to], nodes: nodes.reverse() };
    }
    for (let e = graph.out.start[u]; e < graph.out.start[u + 1]; e++) {
      const v = graph.out.node[e];
      const ng = g[u] + graph.out.timeS[e];
      if (ng < g[v]) {
        g[v] = ng;
        d[v] = d[u] + graph.out.distM[e];
        pred[v] = u;
        heap.push(ng + h(v), v);
      }
    }
  }
  return undefined;
}

// Hand-made road networks with known shortest paths, shared by the routing and recommendation tests.
import type { RoadLine } from './road-features';

export const A: [number, number] = [105.8, 21.0];
export const B: [number, number] = [105.81, 21.0];
export const C: [number, number] = [105.81, 21.01];
export const D: [number, number] = [105.8, 21.01];

let index = 0;
export function line(roadClass: string, coordinates: [number, number][], direction: RoadLine['direction'] = 'both'): RoadLine {
  return { coordinates, roadClass, direction, featureIndex: index++ };
}

/**
 * A square about 1 km a side: A–B–C by residential streets (18 km/h), A–D–C by primary roads
 * (35 km/h), D–C one-way from C to D when oneway is set.
 */
export function square(oneway = false): RoadLine[] {
  return [line('residential', [A, B]), line('residential', [B, C]), line('primary', [A, D]), oneway ? line('primary', [C, D], 'forward') : line('primary', [D, C])];
}

export function asFeatureCollection(features: unknown[]): unknown {
  return { type: 'FeatureCollection', features };
}

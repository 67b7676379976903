/**
 * Travel speeds by OSM road class for emergency vehicles in Hanoi traffic (km/h). Deliberately
 * below posted limits: they are what a unit averages through junctions and mixed motorbike traffic.
 *
 * | class            | km/h |   | class          | km/h |
 * |------------------|------|---|----------------|------|
 * | motorway         | 60   |   | tertiary       | 25   |
 * | motorway_link    | 40   |   | tertiary_link  | 20   |
 * | trunk            | 45   |   | unclassified   | 20   |
 * | trunk_link       | 30   |   | residential    | 18   |
 * | primary          | 35   |   | living_street  | 10   |
 * | primary_link     | 25   |   | service        | 12   |
 * | secondary        | 30   |   | pedestrian     | 8    |
 * | secondary_link   | 22   |   | road           | 15   |
 *
 * Other classes (footway, steps, cycleway, path, track, construction, …) are not routable by a
 * vehicle and are skipped on import.
 */
export const ROAD_SPEEDS_KMH: Readonly<Record<string, number>> = {
  motorway: 60,
  motorway_link: 40,
  trunk: 45,
  trunk_link: 30,
  primary: 35,
  primary_link: 25,
  secondary: 30,
  secondary_link: 22,
  tertiary: 25,
  tertiary_link: 20,
  unclassified: 20,
  residential: 18,
  living_street: 10,
  service: 12,
  pedestrian: 8,
  road: 15,
};

export const MAX_ROAD_SPEED_KMH = Math.max(...Object.values(ROAD_SPEEDS_KMH));

/** Where there is no road path: straight-line distance × this factor … */
export const STRAIGHT_LINE_FACTOR = 1.4;
/** … driven at this average speed (km/h). */
export const FALLBACK_SPEED_KMH = 25;
/** A point farther than this from the road graph is estimated by straight line. */
export const MAX_SNAP_M = 300;
/** Speed for the short leg between a point and the graph node it snaps to (km/h). */
export const ACCESS_SPEED_KMH = 15;
/** Long edges are split so a point can snap to the middle of a long road. */
export const DENSIFY_M = 100;

export function kmhToMps(kmh: number): number {
  return kmh / 3.6;
}

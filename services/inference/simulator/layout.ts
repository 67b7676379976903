// Where things are in the simulated camera's 640×360 picture, and the analytics configuration that
// an installer would draw for such a camera (counting line, restricted zone, flood hotspot).
import type { AnalyticsConfig } from '../analytics/config';

export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const SCENE_LAYOUT = {
  width: 640,
  height: 360,
  fps: 25,
  /** Burned-in capture time (see timestamp-strip.ts): top-left corner. */
  stamp: { x: 0, y: 0, cols: 24, rows: 2, cellW: 10, cellH: 8 },
  buildings: { y0: 0, y1: 68 },
  topSidewalk: { y0: 68, y1: 112 },
  road: { y0: 112, y1: 280 },
  bottomSidewalk: { y0: 280, y1: 318 },
  ground: { y0: 318, y1: 360 },
  /** Lane centres top to bottom; the top two run west (leftwards), the bottom two east. */
  lanes: [
    { centreY: 133, dir: -1 as const },
    { centreY: 175, dir: -1 as const },
    { centreY: 217, dir: 1 as const },
    { centreY: 259, dir: 1 as const },
  ],
  laneMarkings: [154, 196, 238],
  sidewalks: [
    { centreY: 90, dir: 1 as const },
    { centreY: 299, dir: -1 as const },
  ],
  /** A restricted strip of the top sidewalk (e.g. a protected building's entrance). */
  restrictedZone: { x: 270, y: 68, w: 110, h: 44 },
  /** Low-lying lot beside the road where water collects after heavy rain. */
  floodHotspot: { x: 380, y: 322, w: 256, h: 38 },
  countLineX: 320,
};

const n = (v: number, of: number) => Math.round((v / of) * 10000) / 10000;

/** The analytics configuration for a simulated camera, in normalised (0..1) frame coordinates. */
export function simulatorAnalyticsConfig(): AnalyticsConfig {
  const L = SCENE_LAYOUT;
  const box = (b: PixelBox) => ({ x: n(b.x, L.width), y: n(b.y, L.height), w: n(b.w, L.width), h: n(b.h, L.height) });
  return {
    detectionRegion: box({ x: 0, y: L.topSidewalk.y0, w: L.width, h: L.bottomSidewalk.y1 - L.topSidewalk.y0 }),
    roadRegion: box({ x: 0, y: L.road.y0, w: L.width, h: L.road.y1 - L.road.y0 }),
    countLines: [
      // Positive direction = eastbound (left to right across the line).
      { id: 'line-1', a: { x: n(L.countLineX, L.width), y: n(L.road.y0, L.height) }, b: { x: n(L.countLineX, L.width), y: n(L.road.y1, L.height) }, positive: 'eastbound', negative: 'westbound' },
    ],
    zones: [{ id: 'zone-entrance', box: box(L.restrictedZone), classes: ['person'] }],
    floodHotspots: [{ id: 'hotspot-1', box: box(L.floodHotspot) }],
    timestampStrip: { geometry: L.stamp, sourceWidth: L.width, sourceHeight: L.height },
  };
}

// What an installer configures per camera for the analytics, in normalised (0..1) frame coordinates.
import type { StripGeometry } from './timestamp-strip';

export interface NormBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface NormPoint {
  x: number;
  y: number;
}

export interface CountLine {
  id: string;
  a: NormPoint;
  b: NormPoint;
  /** Names of the two crossing directions: positive = from the left of a→b to its right. */
  positive: string;
  negative: string;
}

export interface IntrusionZone {
  id: string;
  box: NormBox;
  /** Classes that raise an intrusion (e.g. ['person']). */
  classes: string[];
}

export interface FloodHotspot {
  id: string;
  box: NormBox;
}

export interface AnalyticsConfig {
  /** Objects are detected only inside this box (masks sky, trees, hotspot water). */
  detectionRegion: NormBox;
  /** The carriageway, for density (share of road covered by vehicles). */
  roadRegion: NormBox;
  countLines: CountLine[];
  zones: IntrusionZone[];
  floodHotspots: FloodHotspot[];
  /** The camera burns its capture time into the picture (simulator cameras): read it for frame time. */
  timestampStrip?: { geometry: StripGeometry; sourceWidth: number; sourceHeight: number };
}

/** Checks a configuration, naming the first bad field and value. */
export function validateAnalyticsConfig(c: AnalyticsConfig): string | null {
  const boxes: [string, NormBox][] = [
    ['detectionRegion', c.detectionRegion],
    ['roadRegion', c.roadRegion],
    ...c.zones.map((z, i): [string, NormBox] => [`zones[${i}].box`, z.box]),
    ...c.floodHotspots.map((h, i): [string, NormBox] => [`floodHotspots[${i}].box`, h.box]),
  ];
  for (const [field, b] of boxes) {
    if (!b || !(b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= 1.0001 && b.y + b.h <= 1.0001)) {
      return `${field}: ${JSON.stringify(b)} is not a normalised box inside the frame`;
    }
  }
  for (const [i, l] of c.countLines.entries()) {
    const ok = [l.a, l.b].every((p) => p && p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1);
    if (!ok || (l.a.x === l.b.x && l.a.y === l.b.y)) return `countLines[${i}]: ${JSON.stringify(l)} needs two distinct points inside the frame`;
  }
  return null;
}

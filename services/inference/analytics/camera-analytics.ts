// Every analytic of one camera, frame by frame: detection (behind Detector), tracking, line-crossing
// counts per direction, zone intrusion, density/congestion and flood level at hotspots.
import type { AnalyticsConfig, NormBox } from './config';
import type { AnalysisFrame, Detector } from './detector';
import { FloodGauge } from './flood';
import { Tracker, type TrackedDetection } from './tracker';

export const VEHICLES = new Set(['car', 'bus', 'motorbike', 'vehicle', 'truck']);

export type CongestionLevel = 'free' | 'moderate' | 'heavy' | 'jammed';

export interface LineCrossing {
  lineId: string;
  direction: string;
  trackId: number;
  cls: string;
  frameMs: number;
}

export interface ZoneIntrusion {
  zoneId: string;
  trackId: number;
  cls: string;
  frameMs: number;
}

export interface FloodReading {
  hotspotId: string;
  /** Share of the hotspot's height under water, 0..1. */
  level: number;
  alarm: boolean;
}

export interface FrameResult {
  frameMs: number;
  detections: TrackedDetection[];
  crossings: LineCrossing[];
  intrusions: ZoneIntrusion[];
  /** Share of the carriageway covered by vehicles. */
  occupancy: number;
  congestion: CongestionLevel;
  /** Mean speed of tracked vehicles, in frame widths per second. */
  meanSpeed: number;
  floods: FloodReading[];
  /** Running totals per line and direction since the analyser started. */
  counts: Record<string, Record<string, number>>;
}

/** Occupancy thresholds (share of road area covered) for the congestion levels. */
export const CONGESTION_THRESHOLDS: [CongestionLevel, number][] = [
  ['jammed', 0.3],
  ['heavy', 0.2],
  ['moderate', 0.1],
  ['free', 0],
];

export function congestionLevel(occupancy: number): CongestionLevel {
  return CONGESTION_THRESHOLDS.find(([, t]) => occupancy >= t)![0];
}

export class CameraAnalytics {
  readonly tracker = new Tracker();
  readonly counts: Record<string, Record<string, number>> = {};
  private readonly counted = new Map<string, Set<number>>();
  private readonly lastSide = new Map<string, Map<number, number>>();
  private readonly inZone = new Map<string, Set<number>>();
  private readonly gauges: { id: string; gauge: FloodGauge }[];
  private occupancySmooth = 0;

  constructor(
    readonly config: AnalyticsConfig,
    readonly detector: Detector,
  ) {
    for (const l of config.countLines) {
      this.counts[l.id] = { [l.positive]: 0, [l.negative]: 0 };
      this.counted.set(l.id, new Set());
      this.lastSide.set(l.id, new Map());
    }
    for (const z of config.zones) this.inZone.set(z.id, new Set());
    this.gauges = config.floodHotspots.map((h) => ({ id: h.id, gauge: new FloodGauge(h.box) }));
  }

  async analyse(frame: AnalysisFrame): Promise<FrameResult> {
    const raw = await this.detector.detect(frame);
    const detections = this.tracker.update(raw, frame.frameMs);
    const crossings: LineCrossing[] = [];
    const intrusions: ZoneIntrusion[] = [];
    const byTrack = new Map(detections.map((d) => [d.trackId, d]));
    for (const d of detections) {
      if (!VEHICLES.has(d.cls)) continue;
      const c = { x: d.box.x + d.box.w / 2, y: d.box.y + d.box.h / 2 };
      for (const l of this.config.countLines) {
        const sides = this.lastSide.get(l.id)!;
        const s = side(l.a, l.b, c);
        if (s === 0) continue; // exactly on the line: decide when it is off it
        const before = sides.get(d.trackId);
        sides.set(d.trackId, s);
        const done = this.counted.get(l.id)!;
        if (before === undefined || before === s || done.has(d.trackId) || !alongSegment(l.a, l.b, c)) continue;
        const direction = s > 0 ? l.positive : l.negative;
        done.add(d.trackId);
        this.counts[l.id][direction]++;
        crossings.push({ lineId: l.id, direction, trackId: d.trackId, cls: d.cls, frameMs: frame.frameMs });
      }
    }
    for (const l of this.config.countLines) {
      for (const id of this.lastSide.get(l.id)!.keys()) {
        if (this.tracker.tracks.has(id)) continue;
        this.lastSide.get(l.id)!.delete(id);
        this.counted.get(l.id)!.delete(id);
      }
    }
    for (const z of this.config.zones) {
      const inside = this.inZone.get(z.id)!;
      const now = new Set<number>();
      for (const d of detections) {
        if (!z.classes.includes(d.cls)) continue;
        const cx = d.box.x + d.box.w / 2;
        const cy = d.box.y + d.box.h / 2;
        if (cx >= z.box.x && cx <= z.box.x + z.box.w && cy >= z.box.y && cy <= z.box.y + z.box.h) {
          now.add(d.trackId);
          if (!inside.has(d.trackId)) intrusions.push({ zoneId: z.id, trackId: d.trackId, cls: d.cls, frameMs: frame.frameMs });
        }
      }
      // A track stays "inside" until it is seen outside or lost, so a missed frame does not re-alarm.
      for (const id of inside) if (!now.has(id) && this.tracker.tracks.has(id) && !byTrack.has(id)) now.add(id);
      this.inZone.set(z.id, now);
    }
    const road = this.config.roadRegion;
    let covered = 0;
    let speed = 0;
    let moving = 0;
    for (const d of detections) {
      if (!VEHICLES.has(d.cls)) continue;
      covered += overlapArea(d.box, road);
      const t = this.tracker.tracks.get(d.trackId);
      if (t) {
        speed += Math.hypot(t.vx, t.vy);
        moving++;
      }
    }
    const occupancy = covered / (road.w * road.h);
    // Congestion is a state, not a single frame: smooth over ~2 s at 5 fps.
    this.occupancySmooth = this.occupancySmooth === 0 ? occupancy : 0.8 * this.occupancySmooth + 0.2 * occupancy;
    const floods = this.gauges.map(({ id, gauge }) => ({ hotspotId: id, ...gauge.read(frame) }));
    return {
      frameMs: frame.frameMs,
      detections,
      crossings,
      intrusions,
      occupancy: Math.round(occupancy * 1000) / 1000,
      congestion: congestionLevel(this.occupancySmooth),
      meanSpeed: moving ? Math.round((speed / moving) * 1000) / 1000 : 0,
      floods,
      counts: structuredClone(this.counts),
    };
  }
}

function side(a: { x: number; y: number }, b: { x: number; y: number }, p: { x: number; y: number }): number {
  // Image y grows downwards: with a→b pointing down, "positive" (cross < 0 in maths axes) is rightwards.
  const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
  return cross === 0 ? 0 : cross < 0 ? 1 : -1;
}

/** Whether p lies beside the segment a–b (its projection falls between a and b), not beyond its ends. */
function alongSegment(a: { x: number; y: number }, b: { x: number; y: number }, p: { x: number; y: number }): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
  return t >= 0 && t <= 1;
}

function overlapArea(a: NormBox, b: NormBox): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return ix * iy;
}

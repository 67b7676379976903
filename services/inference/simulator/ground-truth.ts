// The exact truth of a simulated camera, frame by frame: every object's box, line crossings,
// zone entries, flood level and road occupancy. What the analytics are scored against.
import { SCENE_LAYOUT as L } from './layout';
import { VEHICLE_CLASSES, visibleBox, type ObjectClass, type Scene } from './scene';

export interface TruthObject {
  id: number;
  cls: ObjectClass;
  /** Visible part, normalised 0..1. */
  box: { x: number; y: number; w: number; h: number };
  /** Share of the object inside the frame (objects entering or leaving are partly visible). */
  visible: number;
}

export interface TruthFrame {
  frameMs: number;
  objects: TruthObject[];
  floodLevel: number;
  /** Share of the carriageway covered by vehicles. */
  roadOccupancy: number;
  night: boolean;
  rain: boolean;
}

export interface TruthCrossing {
  id: number;
  cls: ObjectClass;
  direction: 'eastbound' | 'westbound';
  frameMs: number;
}

export interface TruthIntrusion {
  id: number;
  frameMs: number;
}

export class GroundTruth {
  readonly frames: TruthFrame[] = [];
  readonly crossings: TruthCrossing[] = [];
  readonly intrusions: TruthIntrusion[] = [];
  private readonly lastCentreX = new Map<number, number>();
  private readonly inZone = new Set<number>();

  /** Records the scene as rendered in the frame captured at frameMs. */
  record(scene: Scene, frameMs: number): TruthFrame {
    const objects: TruthObject[] = [];
    let covered = 0;
    const z = L.restrictedZone;
    const seen = new Set<number>();
    for (const o of scene.objects) {
      const v = visibleBox(o);
      if (!v) continue;
      seen.add(o.id);
      objects.push({ id: o.id, cls: o.cls, box: { x: v.x / L.width, y: v.y / L.height, w: v.w / L.width, h: v.h / L.height }, visible: (v.w * v.h) / (o.w * o.h) });
      const cx = o.x + o.w / 2;
      if (VEHICLE_CLASSES.includes(o.cls)) {
        covered += v.w * v.h;
        const prev = this.lastCentreX.get(o.id);
        if (prev !== undefined && (prev - L.countLineX) * (cx - L.countLineX) < 0) {
          this.crossings.push({ id: o.id, cls: o.cls, direction: cx > prev ? 'eastbound' : 'westbound', frameMs });
        }
        if (prev !== undefined && cx === L.countLineX) this.lastCentreX.set(o.id, cx + Math.sign(o.vx) * 1e-6);
        else this.lastCentreX.set(o.id, cx);
      } else {
        const cy = o.y + o.h / 2;
        const inside = cx >= z.x && cx <= z.x + z.w && cy >= z.y && cy <= z.y + z.h;
        if (inside && !this.inZone.has(o.id)) this.intrusions.push({ id: o.id, frameMs });
        if (inside) this.inZone.add(o.id);
        else this.inZone.delete(o.id);
      }
    }
    for (const id of this.lastCentreX.keys()) if (!seen.has(id)) this.lastCentreX.delete(id);
    const roadArea = L.width * (L.road.y1 - L.road.y0);
    const { night, rain } = scene.weather;
    const frame: TruthFrame = { frameMs, objects, floodLevel: scene.floodLevel, roadOccupancy: covered / roadArea, night, rain };
    this.frames.push(frame);
    return frame;
  }

  /** The truth frame nearest to frameMs (within half a frame), if any. */
  frameAt(frameMs: number): TruthFrame | undefined {
    let lo = 0;
    let hi = this.frames.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.frames[mid].frameMs < frameMs) lo = mid + 1;
      else hi = mid;
    }
    const best = [this.frames[lo], this.frames[lo - 1]].filter(Boolean).sort((a, b) => Math.abs(a.frameMs - frameMs) - Math.abs(b.frameMs - frameMs))[0];
    return best && Math.abs(best.frameMs - frameMs) <= 1000 / L.fps / 2 ? best : undefined;
  }
}

// A synthetic street scene seen from a fixed camera: a four-lane road, sidewalks, a restricted zone and a
// flood hotspot. Pure state stepped frame by frame; the renderer draws it and ground truth reads it.
import { seededRandom } from '../../demo/random';
import { SCENE_LAYOUT as L, type PixelBox } from './layout';

export type ObjectClass = 'car' | 'bus' | 'motorbike' | 'person';
export const VEHICLE_CLASSES: readonly ObjectClass[] = ['car', 'bus', 'motorbike'];

export interface SceneObject {
  id: number;
  cls: ObjectClass;
  /** Left edge and top in full-frame pixels (may be partly outside the frame). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Pixels per second; negative moves left. */
  vx: number;
  cruise: number;
  lane: number;
  colour: [number, number, number];
}

export interface Weather {
  night: boolean;
  rain: boolean;
}

export interface SceneOptions {
  seed?: number;
  /** 0..1 arrival pressure: 0.2 free-flowing, 0.9 rush hour. A function of scene seconds. */
  traffic?: (t: number) => number;
  /** Flood water level at the hotspot, 0 (dry) .. 1 (full), as a function of scene seconds. */
  flood?: (t: number) => number;
  weather?: (t: number) => Weather;
  /** Pedestrians arriving per second per sidewalk. */
  pedestrianRate?: number;
}

const SIZE: Record<ObjectClass, { w: [number, number]; h: [number, number]; speed: [number, number] }> = {
  motorbike: { w: [26, 30], h: [14, 16], speed: [70, 110] },
  car: { w: [54, 62], h: [24, 28], speed: [60, 100] },
  bus: { w: [104, 116], h: [30, 32], speed: [45, 65] },
  person: { w: [11, 13], h: [26, 30], speed: [22, 38] },
};

const PALETTE: [number, number, number][] = [
  [220, 40, 40], [240, 240, 235], [30, 60, 160], [250, 200, 30], [40, 150, 70], [200, 200, 210], [150, 30, 120], [240, 120, 20],
];
const BUS_COLOURS: [number, number, number][] = [[40, 120, 60], [230, 170, 20], [200, 40, 40]];

/** The minimum gap between followers, in pixels, so blobs of neighbours stay apart at analysis size. */
export const FOLLOW_GAP = 34;

export class Scene {
  readonly objects: SceneObject[] = [];
  time = 0;
  private nextId = 1;
  private readonly rnd: () => number;
  private readonly traffic: (t: number) => number;
  private readonly floodAt: (t: number) => number;
  private readonly weatherAt: (t: number) => Weather;
  private readonly pedRate: number;

  constructor(opts: SceneOptions = {}) {
    this.rnd = seededRandom(opts.seed ?? 7);
    this.traffic = opts.traffic ?? (() => 0.5);
    this.floodAt = opts.flood ?? (() => 0);
    this.weatherAt = opts.weather ?? (() => ({ night: false, rain: false }));
    this.pedRate = opts.pedestrianRate ?? 0.35;
  }

  get weather(): Weather {
    return this.weatherAt(this.time);
  }

  get floodLevel(): number {
    return Math.max(0, Math.min(1, this.floodAt(this.time)));
  }

  get trafficLevel(): number {
    return Math.max(0, Math.min(1, this.traffic(this.time)));
  }

  /** Advances the scene by dt seconds: spawns, moves with car-following, removes what left the frame. */
  step(dt: number): void {
    this.time += dt;
    const pressure = this.trafficLevel;
    for (let lane = 0; lane < L.lanes.length; lane++) {
      if (this.rnd() < dt * (0.15 + 1.1 * pressure)) this.spawnVehicle(lane);
    }
    for (let s = 0; s < L.sidewalks.length; s++) {
      if (this.rnd() < dt * this.pedRate) this.spawnPerson(L.lanes.length + s);
    }
    // Congestion slows every lane: cruise speed scales down as pressure rises.
    const slow = pressure > 0.7 ? 1 - (pressure - 0.7) * 1.8 : 1;
    for (const group of this.byLane().values()) {
      group.sort((a, b) => (a.vx > 0 ? b.x - a.x : a.x - b.x)); // leader first
      for (let i = 0; i < group.length; i++) {
        const o = group[i];
        const dir = Math.sign(o.vx) || 1;
        let speed = o.cls === 'person' ? o.cruise : o.cruise * slow;
        const leader = group[i - 1];
        if (leader) {
          const gap = dir > 0 ? leader.x - (o.x + o.w) : o.x - (leader.x + leader.w);
          const room = gap - FOLLOW_GAP;
          if (room < speed * dt) speed = Math.max(0, room / dt);
        }
        o.vx = dir * speed;
        o.x += o.vx * dt;
      }
    }
    for (let i = this.objects.length - 1; i >= 0; i--) {
      const o = this.objects[i];
      if (o.x > L.width + 4 || o.x + o.w < -4) this.objects.splice(i, 1);
    }
  }

  private byLane(): Map<number, SceneObject[]> {
    const m = new Map<number, SceneObject[]>();
    for (const o of this.objects) {
      const g = m.get(o.lane);
      if (g) g.push(o);
      else m.set(o.lane, [o]);
    }
    return m;
  }

  private spawnVehicle(lane: number): void {
    const r = this.rnd();
    const cls: ObjectClass = r < 0.55 ? 'motorbike' : r < 0.9 ? 'car' : 'bus';
    const spec = L.lanes[lane];
    const colour = cls === 'bus' ? BUS_COLOURS[Math.floor(this.rnd() * BUS_COLOURS.length)] : PALETTE[Math.floor(this.rnd() * PALETTE.length)];
    this.spawn(cls, lane, spec.dir, spec.centreY, colour);
  }

  private spawnPerson(lane: number): void {
    const spec = L.sidewalks[lane - L.lanes.length];
    const colour = PALETTE[Math.floor(this.rnd() * PALETTE.length)];
    this.spawn('person', lane, spec.dir, spec.centreY, colour);
  }

  private spawn(cls: ObjectClass, lane: number, dir: 1 | -1, centreY: number, colour: [number, number, number]): void {
    const s = SIZE[cls];
    const w = Math.round(s.w[0] + this.rnd() * (s.w[1] - s.w[0]));
    const h = Math.round(s.h[0] + this.rnd() * (s.h[1] - s.h[0]));
    const cruise = s.speed[0] + this.rnd() * (s.speed[1] - s.speed[0]);
    const x = dir > 0 ? -w : L.width;
    // Enter only when the newcomer clears the last one in its lane by the following gap.
    for (const o of this.objects) {
      if (o.lane !== lane) continue;
      if (dir > 0 && o.x < FOLLOW_GAP + 6) return;
      if (dir < 0 && o.x + o.w > L.width - FOLLOW_GAP - 6) return;
    }
    const jitter = cls === 'person' || cls === 'bus' ? 0 : Math.round((this.rnd() - 0.5) * 4);
    this.objects.push({ id: this.nextId++, cls, x, y: Math.round(centreY - h / 2 + jitter), w, h, vx: dir * cruise, cruise, lane, colour });
  }
}

/** The visible part of a box (clipped to the frame), or null when nothing shows. */
export function visibleBox(o: { x: number; y: number; w: number; h: number }): PixelBox | null {
  const x0 = Math.max(0, o.x);
  const y0 = Math.max(0, o.y);
  const x1 = Math.min(L.width, o.x + o.w);
  const y1 = Math.min(L.height, o.y + o.h);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

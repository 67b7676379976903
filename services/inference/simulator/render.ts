// Draws a Scene into a raw yuv420p frame (what ffmpeg encodes): static street background, vehicles,
// people, night, rain, flood water and the burned-in capture time.
import { seededRandom } from '../../demo/random';
import { writeStrip } from '../analytics/timestamp-strip';
import { SCENE_LAYOUT as L } from './layout';
import type { Scene, SceneObject } from './scene';

type Rgb = [number, number, number];

function yuv([r, g, b]: Rgb): [number, number, number] {
  const y = 16 + (65.738 * r + 129.057 * g + 25.064 * b) / 256;
  const u = 128 + (-37.945 * r - 74.494 * g + 112.439 * b) / 256;
  const v = 128 + (112.439 * r - 94.154 * g - 18.285 * b) / 256;
  return [Math.round(y), Math.round(u), Math.round(v)];
}

const W = L.width;
const H = L.height;
const CW = W / 2;
const CH = H / 2;
export const FRAME_BYTES = W * H * 1.5;

interface Planes {
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
}

function planes(buf: Uint8Array): Planes {
  return { y: buf.subarray(0, W * H), u: buf.subarray(W * H, W * H + CW * CH), v: buf.subarray(W * H + CW * CH) };
}

function fillRect(p: Planes, x: number, y: number, w: number, h: number, colour: Rgb, dim = 1): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(W, Math.round(x + w));
  const y1 = Math.min(H, Math.round(y + h));
  if (x1 <= x0 || y1 <= y0) return;
  const [cy, cu, cv] = yuv([colour[0] * dim, colour[1] * dim, colour[2] * dim]);
  for (let r = y0; r < y1; r++) p.y.fill(cy, r * W + x0, r * W + x1);
  const cx0 = x0 >> 1;
  const cx1 = (x1 + 1) >> 1;
  for (let r = y0 >> 1; r < (y1 + 1) >> 1; r++) {
    p.u.fill(cu, r * CW + cx0, r * CW + cx1);
    p.v.fill(cv, r * CW + cx0, r * CW + cx1);
  }
}

/** The street without anything moving: built once per lighting. */
function drawBackground(night: boolean): Uint8Array {
  const buf = new Uint8Array(FRAME_BYTES);
  const p = planes(buf);
  const d = night ? 0.32 : 1;
  const rnd = seededRandom(99);
  fillRect(p, 0, 0, W, L.buildings.y1, [150, 170, 190], d);
  for (let x = 0; x < W; x += 80) {
    const top = 6 + Math.floor(rnd() * 30);
    const facade: Rgb = [120 + Math.floor(rnd() * 80), 100 + Math.floor(rnd() * 60), 90 + Math.floor(rnd() * 50)];
    fillRect(p, x + 2, top, 76, L.buildings.y1 - top, facade, d);
    for (let wy = top + 6; wy < L.buildings.y1 - 8; wy += 14) {
      for (let wx = x + 8; wx < x + 70; wx += 16) fillRect(p, wx, wy, 9, 8, night && rnd() < 0.5 ? [250, 220, 140] : [60, 70, 90], night ? 1 : 1);
    }
  }
  fillRect(p, 0, L.topSidewalk.y0, W, L.topSidewalk.y1 - L.topSidewalk.y0, [170, 165, 155], d);
  fillRect(p, 0, L.bottomSidewalk.y0, W, L.bottomSidewalk.y1 - L.bottomSidewalk.y0, [170, 165, 155], d);
  for (let x = 0; x < W; x += 32) {
    fillRect(p, x, L.topSidewalk.y0, 1, L.topSidewalk.y1 - L.topSidewalk.y0, [150, 145, 135], d);
    fillRect(p, x, L.bottomSidewalk.y0, 1, L.bottomSidewalk.y1 - L.bottomSidewalk.y0, [150, 145, 135], d);
  }
  const z = L.restrictedZone;
  fillRect(p, z.x, z.y, z.w, 3, [220, 60, 40], d);
  fillRect(p, z.x, z.y + z.h - 3, z.w, 3, [220, 60, 40], d);
  fillRect(p, 0, L.road.y0, W, L.road.y1 - L.road.y0, [70, 72, 75], d);
  L.laneMarkings.forEach((y, i) => {
    if (i === 1) fillRect(p, 0, y - 1, W, 3, [230, 190, 40], d);
    else for (let x = 0; x < W; x += 40) fillRect(p, x, y - 1, 22, 2, [230, 230, 230], d);
  });
  fillRect(p, L.countLineX - 1, L.road.y0, 2, L.road.y1 - L.road.y0, [110, 112, 115], d);
  fillRect(p, 0, L.ground.y0, W, L.ground.y1 - L.ground.y0, [80, 130, 60], d);
  const h = L.floodHotspot;
  fillRect(p, h.x, h.y, h.w, h.h, [120, 100, 70], d);
  if (night) {
    for (let x = 60; x < W; x += 160) fillRect(p, x, L.topSidewalk.y0 + 2, 6, 6, [255, 240, 200]);
  }
  return buf;
}

function drawObject(p: Planes, o: SceneObject, night: boolean, t: number): void {
  const d = night ? 0.45 : 1;
  const { x, y, w, h } = o;
  const right = o.vx >= 0;
  if (o.cls === 'person') {
    fillRect(p, x + w * 0.25, y, w * 0.5, h * 0.25, [230, 190, 150], d); // head
    fillRect(p, x, y + h * 0.25, w, h * 0.4, o.colour, d); // shirt
    const step = Math.sin(t * 9 + o.id) > 0 ? 1 : 0;
    fillRect(p, x + (step ? 0 : 1), y + h * 0.65, w * 0.45, h * 0.35, [40, 40, 60], d);
    fillRect(p, x + w * 0.55 - (step ? 0 : 1), y + h * 0.65, w * 0.45, h * 0.35, [40, 40, 60], d);
    return;
  }
  if (o.cls === 'motorbike') {
    fillRect(p, x, y + h * 0.45, w, h * 0.55, [30, 30, 35], d);
    fillRect(p, x + w * 0.3, y, w * 0.4, h * 0.6, o.colour, d); // rider
  } else {
    fillRect(p, x, y, w, h, o.colour, d);
    const glass: Rgb = [40, 50, 70];
    if (o.cls === 'bus') for (let wx = x + 6; wx < x + w - 12; wx += 14) fillRect(p, wx, y + 4, 10, h * 0.35, glass, d);
    else fillRect(p, x + w * (right ? 0.55 : 0.15), y + 3, w * 0.3, h - 6, glass, d);
  }
  if (night) {
    fillRect(p, right ? x + w - 3 : x, y + 2, 3, 4, [255, 250, 220]);
    fillRect(p, right ? x + w - 3 : x, y + h - 6, 3, 4, [255, 250, 220]);
    fillRect(p, right ? x : x + w - 2, y + h / 2 - 2, 2, 4, [230, 30, 30]);
  }
}

function drawWater(p: Planes, level: number, night: boolean, t: number): void {
  if (level <= 0) return;
  const h = L.floodHotspot;
  const top = Math.round(h.y + h.h * (1 - level));
  const d = night ? 0.4 : 1;
  fillRect(p, h.x, top, h.w, h.y + h.h - top, [70, 95, 120], d);
  // Ripples: thin lighter streaks drifting along the surface.
  for (let r = top + 2; r < h.y + h.h; r += 6) {
    const off = Math.floor((t * 20 + r * 7) % 24);
    for (let x = h.x + off; x < h.x + h.w - 10; x += 24) fillRect(p, x, r, 10, 1, [110, 135, 160], d);
  }
}

function drawRain(p: Planes, rnd: () => number): void {
  for (let i = 0; i < 220; i++) {
    const x0 = Math.floor(rnd() * (W - 4));
    const y0 = Math.floor(rnd() * (H - 10));
    for (let k = 0; k < 8; k++) {
      const idx = (y0 + k) * W + x0 + (k >> 2);
      p.y[idx] = Math.min(235, p.y[idx] + 45);
    }
  }
}

/** Renders frames of one scene; keeps the backgrounds and a noise source between frames. */
export class SceneRenderer {
  private readonly backgrounds = new Map<boolean, Uint8Array>();
  private readonly noise: Int8Array;
  private readonly rnd: () => number;

  constructor(seed = 11) {
    this.rnd = seededRandom(seed);
    this.noise = new Int8Array(W * H + 4096);
    for (let i = 0; i < this.noise.length; i++) this.noise[i] = Math.round((this.rnd() + this.rnd() + this.rnd() - 1.5) * 4);
  }

  /** Draws the scene as it is now into out (FRAME_BYTES long), stamped with captureMs. */
  render(scene: Scene, captureMs: number, out: Uint8Array = new Uint8Array(FRAME_BYTES)): Uint8Array {
    const { night, rain } = scene.weather;
    let bg = this.backgrounds.get(night);
    if (!bg) this.backgrounds.set(night, (bg = drawBackground(night)));
    out.set(bg);
    const p = planes(out);
    drawWater(p, scene.floodLevel, night, scene.time);
    for (const o of scene.objects) drawObject(p, o, night, scene.time);
    // Sensor noise: a shifted window of a fixed noise field, cheap and never static.
    const off = Math.floor(this.rnd() * 4096);
    const yp = p.y;
    for (let i = 0; i < yp.length; i++) {
      const v = yp[i] + this.noise[i + off];
      yp[i] = v < 16 ? 16 : v > 235 ? 235 : v;
    }
    if (rain) drawRain(p, this.rnd);
    writeStrip(yp, W, L.stamp, captureMs);
    return out;
  }
}

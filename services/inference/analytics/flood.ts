// Flood at a hotspot: water level as the share of the hotspot's height, from the bottom, whose colour
// hue has turned away from the dry ground's. The dry reference is learned from the first frames (an
// installer commissions a hotspot dry). Hue, not brightness, so night and rain do not read as water.
import type { NormBox } from './config';
import type { AnalysisFrame } from './detector';

const LEARN_FRAMES = 5;
/** Chroma magnitude below which a pixel has no reliable hue (grey, or too dark). */
const MIN_CHROMA = 2.5;
const ALARM_ON = 0.3;
const ALARM_OFF = 0.2;

export class FloodGauge {
  private refU?: Float32Array;
  private refV?: Float32Array;
  private learned = 0;
  private history: number[] = [];
  private alarm = false;
  private above = 0;

  constructor(private readonly box: NormBox) {}

  read(f: AnalysisFrame): { level: number; alarm: boolean } {
    const CW = f.width >> 1;
    const CH = f.height >> 1;
    const x0 = Math.max(0, Math.floor(this.box.x * CW));
    const x1 = Math.min(CW, Math.ceil((this.box.x + this.box.w) * CW));
    const y0 = Math.max(0, Math.ceil(this.box.y * CH));
    const y1 = Math.min(CH, Math.floor((this.box.y + this.box.h) * CH));
    const w = x1 - x0;
    const h = y1 - y0;
    if (w <= 0 || h <= 0) return { level: 0, alarm: false };
    if (!this.refU) {
      this.refU = new Float32Array(w * h);
      this.refV = new Float32Array(w * h);
    }
    if (this.learned < LEARN_FRAMES) {
      this.learned++;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const c = (y0 + y) * CW + x0 + x;
          this.refU[y * w + x] += (f.u[c] - 128) / LEARN_FRAMES;
          this.refV![y * w + x] += (f.v[c] - 128) / LEARN_FRAMES;
        }
      }
      return { level: 0, alarm: false };
    }
    // Rows from the bottom: water fills upwards, so the level is the height of wet rows from the bottom.
    let wetRows = 0;
    for (let y = h - 1; y >= 0; y--) {
      let wet = 0;
      let known = 0;
      for (let x = 0; x < w; x++) {
        const c = (y0 + y) * CW + x0 + x;
        const u = f.u[c] - 128;
        const v = f.v[c] - 128;
        const ru = this.refU[y * w + x];
        const rv = this.refV![y * w + x];
        const m = Math.hypot(u, v);
        const rm = Math.hypot(ru, rv);
        if (m < MIN_CHROMA || rm < MIN_CHROMA) continue;
        known++;
        if ((u * ru + v * rv) / (m * rm) < 0) wet++; // hue turned by more than 90°
      }
      if (known < w / 3 || wet < known / 2) break;
      wetRows++;
    }
    this.history.push(wetRows / h);
    if (this.history.length > 5) this.history.shift();
    const level = [...this.history].sort((a, b) => a - b)[this.history.length >> 1];
    // Hysteresis: three readings above to raise, below the lower mark to clear.
    this.above = level >= ALARM_ON ? this.above + 1 : 0;
    if (!this.alarm && this.above >= 3) this.alarm = true;
    else if (this.alarm && level < ALARM_OFF) this.alarm = false;
    return { level: Math.round(level * 1000) / 1000, alarm: this.alarm };
  }
}

export const FLOOD_ALARM_LEVEL = ALARM_ON;

// The classic detector: running-average background subtraction on luma and chroma, morphological
// opening (drops rain streaks and noise) and closing, connected components → blobs, class by size.
import type { NormBox } from './config';
import { classifyBySize, STREET_PROTOTYPES, type AnalysisFrame, type ClassPrototype, type Detector, type RawDetection } from './detector';

export interface MotionDetectorOptions {
  /** Where to look (normalised); outside it nothing is detected. */
  region: NormBox;
  prototypes?: readonly ClassPrototype[];
  /** Luma difference (0..255) that counts as foreground. */
  lumaThreshold?: number;
  chromaThreshold?: number;
  /** Background learning rate per analysed frame for pixels seen as background. */
  learningRate?: number;
}

export class MotionDetector implements Detector {
  readonly name = 'motion-blobs';
  private bgY?: Float32Array;
  private bgU?: Float32Array;
  private bgV?: Float32Array;
  private frames = 0;
  private mask = new Uint8Array(0);
  private tmp = new Uint8Array(0);
  private labels = new Int32Array(0);
  private readonly lumaThr: number;
  private readonly chromaThr: number;
  private readonly rate: number;
  private readonly prototypes: readonly ClassPrototype[];

  constructor(private readonly opts: MotionDetectorOptions) {
    this.lumaThr = opts.lumaThreshold ?? 12;
    this.chromaThr = opts.chromaThreshold ?? 8;
    this.rate = opts.learningRate ?? 0.04;
    this.prototypes = opts.prototypes ?? STREET_PROTOTYPES;
  }

  /** True once the background has been learned well enough to trust detections. */
  get warm(): boolean {
    return this.frames >= 8;
  }

  detect(f: AnalysisFrame): RawDetection[] {
    const { width: W, height: H } = f;
    const n = W * H;
    if (!this.bgY || this.bgY.length !== n) {
      this.bgY = Float32Array.from(f.y);
      this.bgU = Float32Array.from(f.u);
      this.bgV = Float32Array.from(f.v);
      this.mask = new Uint8Array(n);
      this.tmp = new Uint8Array(n);
      this.labels = new Int32Array(n);
      this.frames = 1;
      return [];
    }
    this.frames++;
    const r = this.opts.region;
    const x0 = Math.max(0, Math.floor(r.x * W));
    const x1 = Math.min(W, Math.ceil((r.x + r.w) * W));
    const y0 = Math.max(0, Math.floor(r.y * H));
    const y1 = Math.min(H, Math.ceil((r.y + r.h) * H));
    const { mask, tmp } = this;
    const bgY = this.bgY;
    const bgU = this.bgU!;
    const bgV = this.bgV!;
    const CW = W >> 1;
    // Contrast falls with light: scale the thresholds with the scene's mean background brightness.
    let sum = 0;
    for (let y = y0; y < y1; y += 4) for (let x = x0; x < x1; x += 4) sum += bgY[y * W + x];
    const mean = sum / (Math.ceil((y1 - y0) / 4) * Math.ceil((x1 - x0) / 4));
    const lumaThr = Math.max(5, Math.min(this.lumaThr, mean * 0.12));
    const chromaThr = Math.max(4, Math.min(this.chromaThr, mean * 0.08));
    mask.fill(0);
    for (let y = y0; y < y1; y++) {
      const crow = (y >> 1) * CW;
      for (let x = x0; x < x1; x++) {
        const i = y * W + x;
        const c = crow + (x >> 1);
        const dy = Math.abs(f.y[i] - bgY[i]);
        const dc = Math.abs(f.u[c] - bgU[c]) + Math.abs(f.v[c] - bgV[c]);
        if (dy > lumaThr || dc > chromaThr) mask[i] = 1;
      }
    }
    erode(mask, tmp, W, H);
    dilate(tmp, mask, W, H);
    dilate(mask, tmp, W, H);
    erode(tmp, mask, W, H);

    // Learn the background where nothing moves (fast at first, so the first frame's objects fade).
    const rate = this.frames < 10 ? 0.5 : this.rate;
    for (let i = 0; i < n; i++) if (!mask[i]) bgY[i] += (f.y[i] - bgY[i]) * rate;
    for (let cy = 0; cy < H >> 1; cy++) {
      for (let cx = 0; cx < CW; cx++) {
        const c = cy * CW + cx;
        if (mask[2 * cy * W + 2 * cx]) continue;
        bgU[c] += (f.u[c] - bgU[c]) * rate;
        bgV[c] += (f.v[c] - bgV[c]) * rate;
      }
    }
    if (!this.warm) return [];

    const out: RawDetection[] = [];
    for (const b of components(mask, this.labels, W, H)) {
      const bw = (b.x1 - b.x0 + 1) / W;
      const bh = (b.y1 - b.y0 + 1) / H;
      const c = classifyBySize(bw, bh, b.area / ((b.x1 - b.x0 + 1) * (b.y1 - b.y0 + 1)), this.prototypes);
      if (!c) continue;
      out.push({ cls: c.cls, confidence: round3(c.confidence), box: { x: b.x0 / W, y: b.y0 / H, w: bw, h: bh } });
    }
    return out;
  }
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

function erode(src: Uint8Array, dst: Uint8Array, W: number, H: number): void {
  dst.fill(0);
  for (let y = 1; y < H - 1; y++) {
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (src[i] && src[i - 1] && src[i + 1] && src[i - W] && src[i + W]) dst[i] = 1;
    }
  }
}

function dilate(src: Uint8Array, dst: Uint8Array, W: number, H: number): void {
  dst.fill(0);
  for (let y = 1; y < H - 1; y++) {
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (src[i] || src[i - 1] || src[i + 1] || src[i - W] || src[i + W]) dst[i] = 1;
    }
  }
}

interface Blob {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  area: number;
}

/** 8-connected components of a binary mask (scanline flood fill with an explicit stack). */
function components(mask: Uint8Array, labels: Int32Array, W: number, H: number): Blob[] {
  labels.fill(0);
  const blobs: Blob[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < W * H; start++) {
    if (!mask[start] || labels[start]) continue;
    next++;
    const b: Blob = { x0: W, y0: H, x1: -1, y1: -1, area: 0 };
    labels[start] = next;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % W;
      const y = (i - x) / W;
      b.area++;
      if (x < b.x0) b.x0 = x;
      if (x > b.x1) b.x1 = x;
      if (y < b.y0) b.y0 = y;
      if (y > b.y1) b.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= W) continue;
          const j = yy * W + xx;
          if (mask[j] && !labels[j]) {
            labels[j] = next;
            stack.push(j);
          }
        }
      }
    }
    if (b.area >= 6) blobs.push(b);
  }
  return blobs;
}

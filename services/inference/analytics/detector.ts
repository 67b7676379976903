// Object detection on decoded frames, behind an interface so a neural model (an ONNX file run by
// onnxruntime-node, or an external inference server) can replace the classic detector.
import type { NormBox } from './config';

/** One decoded frame at the analysis resolution: yuv420p planes. */
export interface AnalysisFrame {
  width: number;
  height: number;
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
  /** Capture time, ms since epoch. */
  frameMs: number;
}

export interface RawDetection {
  cls: string;
  confidence: number;
  /** Normalised 0..1, top-left origin. */
  box: NormBox;
}

export interface Detector {
  readonly name: string;
  /** Objects in this frame. Called with frames in capture order; may keep state (a background model). */
  detect(frame: AnalysisFrame): RawDetection[] | Promise<RawDetection[]>;
}

/** Class prototypes by size in normalised units (w, h as shares of frame width/height) for one camera view. */
export interface ClassPrototype {
  cls: string;
  w: number;
  h: number;
}

/** Sizes of a 640×360 street view like the simulator's (a camera at ~8 m height, 30 m of road in view). */
export const STREET_PROTOTYPES: ClassPrototype[] = [
  { cls: 'person', w: 12 / 640, h: 28 / 360 },
  { cls: 'motorbike', w: 28 / 640, h: 15 / 360 },
  { cls: 'car', w: 58 / 640, h: 26 / 360 },
  { cls: 'bus', w: 110 / 640, h: 31 / 360 },
];

/** Scores a blob's size against each prototype: best class and a confidence in 0..1. */
export function classifyBySize(w: number, h: number, fill: number, prototypes: readonly ClassPrototype[]): { cls: string; confidence: number } | null {
  let best: { cls: string; d: number } | null = null;
  let second = Infinity;
  for (const p of prototypes) {
    const d = Math.hypot(Math.log(w / p.w), Math.log(h / p.h));
    if (!best || d < best.d) {
      if (best) second = best.d;
      best = { cls: p.cls, d };
    } else if (d < second) second = d;
  }
  if (!best || best.d > 0.7) return null; // nothing of this size is an object we know
  const fit = Math.exp(-(best.d * best.d) / (2 * 0.25 * 0.25));
  const margin = Math.min(1, (second - best.d) / 0.5);
  const solidity = Math.min(1, fill / 0.6);
  return { cls: best.cls, confidence: Math.max(0.05, Math.min(1, 0.35 + 0.35 * fit + 0.2 * margin + 0.1 * solidity)) };
}

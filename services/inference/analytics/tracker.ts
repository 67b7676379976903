// Multi-object tracking by predicted-box overlap: ids that persist across frames, a velocity per
// track, and a class voted over the track's life (one odd-sized blob does not flip a car to a bus).
import type { NormBox } from './config';
import type { RawDetection } from './detector';

export interface Track {
  id: number;
  box: NormBox;
  /** Normalised units per second. */
  vx: number;
  vy: number;
  hits: number;
  misses: number;
  lastMs: number;
  votes: Map<string, number>;
  cls: string;
  confidence: number;
  /** Centre at the previous update, for line crossing. */
  prevCentre?: { x: number; y: number };
}

export interface TrackedDetection extends RawDetection {
  trackId: number;
}

export function iou(a: NormBox, b: NormBox): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const inter = ix * iy;
  return inter > 0 ? inter / (a.w * a.h + b.w * b.h - inter) : 0;
}

export class Tracker {
  readonly tracks = new Map<number, Track>();
  private nextId = 1;

  constructor(
    private readonly opts: { confirmHits?: number; maxMisses?: number } = {},
  ) {}

  /** Associates this frame's detections with tracks; returns the detections of confirmed tracks. */
  update(dets: readonly RawDetection[], frameMs: number): TrackedDetection[] {
    const confirm = this.opts.confirmHits ?? 2;
    const maxMisses = this.opts.maxMisses ?? 2;
    const pairs: { t: Track; d: number; score: number }[] = [];
    for (const t of this.tracks.values()) {
      const dt = (frameMs - t.lastMs) / 1000;
      const pred = { ...t.box, x: t.box.x + t.vx * dt, y: t.box.y + t.vy * dt };
      dets.forEach((det, d) => {
        const o = iou(pred, det.box);
        const dist = Math.hypot(pred.x + pred.w / 2 - (det.box.x + det.box.w / 2), pred.y + pred.h / 2 - (det.box.y + det.box.h / 2));
        const near = dist < Math.max(pred.w, pred.h, det.box.w) * 0.8;
        if (o > 0.1 || near) pairs.push({ t, d, score: o + (near ? 0.05 : 0) - dist });
      });
    }
    pairs.sort((a, b) => b.score - a.score);
    const usedT = new Set<number>();
    const usedD = new Set<number>();
    const out: TrackedDetection[] = [];
    for (const p of pairs) {
      if (usedT.has(p.t.id) || usedD.has(p.d)) continue;
      usedT.add(p.t.id);
      usedD.add(p.d);
      const det = dets[p.d];
      const t = p.t;
      const dt = Math.max(1e-3, (frameMs - t.lastMs) / 1000);
      const cx = det.box.x + det.box.w / 2;
      const cy = det.box.y + det.box.h / 2;
      const pcx = t.box.x + t.box.w / 2;
      const pcy = t.box.y + t.box.h / 2;
      t.vx = t.hits > 1 ? 0.5 * t.vx + 0.5 * ((cx - pcx) / dt) : (cx - pcx) / dt;
      t.vy = t.hits > 1 ? 0.5 * t.vy + 0.5 * ((cy - pcy) / dt) : (cy - pcy) / dt;
      t.prevCentre = { x: pcx, y: pcy };
      t.box = det.box;
      t.hits++;
      t.misses = 0;
      t.lastMs = frameMs;
      t.votes.set(det.cls, (t.votes.get(det.cls) ?? 0) + det.confidence);
      t.cls = [...t.votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
      t.confidence = 0.7 * t.confidence + 0.3 * det.confidence;
      if (t.hits >= confirm) out.push({ cls: t.cls, confidence: Math.round(t.confidence * 1000) / 1000, box: det.box, trackId: t.id });
    }
    for (const t of this.tracks.values()) {
      if (usedT.has(t.id)) continue;
      t.misses++;
      t.prevCentre = undefined;
      if (t.misses > maxMisses) this.tracks.delete(t.id);
    }
    dets.forEach((det, d) => {
      if (usedD.has(d)) return;
      const t: Track = { id: this.nextId++, box: det.box, vx: 0, vy: 0, hits: 1, misses: 0, lastMs: frameMs, votes: new Map([[det.cls, det.confidence]]), cls: det.cls, confidence: det.confidence };
      this.tracks.set(t.id, t);
      if (confirm <= 1) out.push({ ...det, trackId: t.id });
    });
    return out;
  }
}

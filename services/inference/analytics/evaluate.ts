// Scores analytics output against a simulator's ground truth: detection precision/recall (IoU ≥ 0.5,
// same class), line counts per direction vs true crossings, zone intrusions, congestion, flood.
import type { GroundTruth, TruthFrame } from '../simulator/ground-truth';
import { congestionLevel, type FrameResult } from './camera-analytics';
import { FLOOD_ALARM_LEVEL } from './flood';
import { iou } from './tracker';

export interface Score {
  frames: number;
  detection: { tp: number; fp: number; fn: number; precision: number; recall: number; classAgnosticPrecision: number; classAgnosticRecall: number };
  perClass: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
  counts: { truth: Record<string, number>; measured: Record<string, number>; errorPct: number };
  intrusions: { truth: number; measured: number; matched: number; precision: number; recall: number };
  congestion: { agreement: number; occupancyMae: number };
  flood: { levelMae: number; truthOnsetMs: number | null; alarmOnsetMs: number | null };
}

/** Objects mostly outside the frame are "don't care": neither missed nor a false alarm when found. */
const MIN_VISIBLE = 0.5;
const IOU = 0.5;

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 10000) / 10000);

/**
 * results: the analyser's frames; fromMs: start of the scored window (after background warm-up).
 * Counts compare crossings whose truth time lies inside the scored window (± one analysed frame).
 */
export function scoreAgainstTruth(results: readonly FrameResult[], truth: GroundTruth, fromMs: number, lineId = 'line-1'): Score {
  const scored = results.filter((r) => r.frameMs >= fromMs);
  const det = { tp: 0, fp: 0, fn: 0 };
  const agn = { tp: 0, fp: 0, fn: 0 };
  const perClass: Score['perClass'] = {};
  const pc = (c: string) => (perClass[c] ??= { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 });
  let agree = 0;
  let occErr = 0;
  let floodErr = 0;
  let frames = 0;
  for (const r of scored) {
    const t = truth.frameAt(r.frameMs);
    if (!t) continue;
    frames++;
    matchFrame(r, t, det, agn, pc);
    if (congestionLevel(t.roadOccupancy) === congestionLevel(r.occupancy)) agree++;
    occErr += Math.abs(t.roadOccupancy - r.occupancy);
    floodErr += Math.abs(t.floodLevel - (r.floods[0]?.level ?? 0));
  }
  for (const c of Object.values(perClass)) {
    c.precision = ratio(c.tp, c.tp + c.fp);
    c.recall = ratio(c.tp, c.tp + c.fn);
  }
  const last = scored[scored.length - 1];
  const first = scored[0];
  const frameGap = 250;
  const window = (ms: number) => first && last && ms >= first.frameMs - frameGap && ms <= last.frameMs;
  const truthCounts: Record<string, number> = { eastbound: 0, westbound: 0 };
  for (const c of truth.crossings) if (window(c.frameMs)) truthCounts[c.direction]++;
  const measured: Record<string, number> = { eastbound: 0, westbound: 0 };
  for (const r of scored) for (const c of r.crossings) if (c.lineId === lineId) measured[c.direction] = (measured[c.direction] ?? 0) + 1;
  const totalTruth = truthCounts.eastbound + truthCounts.westbound;
  const err = Math.abs(measured.eastbound - truthCounts.eastbound) + Math.abs(measured.westbound - truthCounts.westbound);

  const trueIntr = truth.intrusions.filter((i) => window(i.frameMs));
  const gotIntr = scored.flatMap((r) => r.intrusions);
  const used = new Set<number>();
  let matched = 0;
  for (const g of gotIntr) {
    const k = trueIntr.findIndex((t, i) => !used.has(i) && Math.abs(t.frameMs - g.frameMs) <= 1000);
    if (k >= 0) {
      used.add(k);
      matched++;
    }
  }
  const onset = truth.frames.find((f) => f.floodLevel >= FLOOD_ALARM_LEVEL);
  const alarm = results.find((r) => r.floods[0]?.alarm);
  return {
    frames,
    detection: {
      ...det,
      precision: ratio(det.tp, det.tp + det.fp),
      recall: ratio(det.tp, det.tp + det.fn),
      classAgnosticPrecision: ratio(agn.tp, agn.tp + agn.fp),
      classAgnosticRecall: ratio(agn.tp, agn.tp + agn.fn),
    },
    perClass,
    counts: { truth: truthCounts, measured, errorPct: totalTruth ? Math.round((err / totalTruth) * 1000) / 10 : 0 },
    intrusions: { truth: trueIntr.length, measured: gotIntr.length, matched, precision: ratio(matched, gotIntr.length), recall: ratio(matched, trueIntr.length) },
    congestion: { agreement: ratio(agree, frames), occupancyMae: frames ? Math.round((occErr / frames) * 1000) / 1000 : 0 },
    flood: { levelMae: frames ? Math.round((floodErr / frames) * 1000) / 1000 : 0, truthOnsetMs: onset?.frameMs ?? null, alarmOnsetMs: alarm?.frameMs ?? null },
  };
}

type Tally = { tp: number; fp: number; fn: number };

/** Greedy one-to-one matching by IoU, best pairs first. */
function matchFrame(r: FrameResult, t: TruthFrame, det: Tally, agn: Tally, pc: (c: string) => Tally): void {
  const pairs: { d: number; g: number; o: number }[] = [];
  r.detections.forEach((d, di) => t.objects.forEach((g, gi) => {
    const o = iou(d.box, g.box);
    if (o > 0) pairs.push({ d: di, g: gi, o });
  }));
  pairs.sort((a, b) => b.o - a.o);
  const usedD = new Set<number>();
  const usedG = new Set<number>();
  for (const p of pairs) {
    if (p.o < IOU || usedD.has(p.d) || usedG.has(p.g)) continue;
    usedD.add(p.d);
    usedG.add(p.g);
    const g = t.objects[p.g];
    const d = r.detections[p.d];
    if (g.visible < MIN_VISIBLE) continue; // matched a don't-care object: neither TP nor FP
    agn.tp++;
    if (d.cls === g.cls) {
      det.tp++;
      pc(g.cls).tp++;
    } else {
      det.fp++;
      det.fn++;
      pc(d.cls).fp++;
      pc(g.cls).fn++;
    }
  }
  r.detections.forEach((d, di) => {
    if (usedD.has(di)) return;
    // A detection overlapping a don't-care object is not a false alarm.
    if (t.objects.some((g) => g.visible < MIN_VISIBLE && iou(d.box, g.box) > 0.2)) return;
    det.fp++;
    agn.fp++;
    pc(d.cls).fp++;
  });
  t.objects.forEach((g, gi) => {
    if (usedG.has(gi) || g.visible < MIN_VISIBLE) return;
    det.fn++;
    agn.fn++;
    pc(g.cls).fn++;
  });
}

// A trend line for a sensor's recent readings, scaled to a box; thresholds in the same scale.
import type { SensorPoint } from '../../../../common/domain/sensor';

export interface Sparkline {
  path: string;
  /** y of a value in the box (for threshold lines), or null when it lies outside the range drawn. */
  y(value: number): number | null;
  min: number;
  max: number;
}

export function sparkline(points: readonly SensorPoint[], width: number, height: number, include: readonly number[] = []): Sparkline | null {
  if (points.length < 2) return null;
  const t0 = points[0].t;
  const t1 = points[points.length - 1].t;
  const values = points.map((p) => p.v);
  let min = Math.min(...values);
  let max = Math.max(...values);
  // Thresholds close to the data stay in view; far ones would flatten the trend.
  for (const v of include) if (v > 0 && v <= max * 1.5 + 1) max = Math.max(max, v);
  if (max - min < 1e-9) {
    max += 1;
    min -= 1;
  }
  const pad = 2;
  const sx = (t: number) => (t1 === t0 ? 0 : ((t - t0) / (t1 - t0)) * width);
  const sy = (v: number) => pad + (1 - (v - min) / (max - min)) * (height - 2 * pad);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.t).toFixed(1)},${sy(p.v).toFixed(1)}`).join(' ');
  return { path, min, max, y: (v) => (v >= min && v <= max ? sy(v) : null) };
}

// Flood forecast model: a two-regime ARX (auto-regressive with exogenous input) regression of a gauge's
// water level on its own recent levels and on lagged rain, one direct regression per horizon
// (30, 60, 120 min), fitted by ridge least squares on the 5-minute grid (wet rows only; a dry
// gauge — at its datum, no rain for 80 min — keeps its level). The probability of
// exceeding the alarm level comes from a Gaussian predictive distribution whose spread is the
// model's residual RMSE at that horizon. Held-out figures (see flood-model.test.ts and the report):
// on 30 days of synthetic monsoon series trained on the first 75%, tested on the last 25%.
import { dot, fitLeastSquares, normalCdf } from './least-squares';

export const GRID_MS = 5 * 60_000;
export const HORIZONS_MIN = [30, 60, 120] as const;
export const FLOOD_MODEL_NAME = 'ARX least squares (level lags 0–3, rain lags 0–75 min), direct per horizon';
/** Rain lags reach 16 steps (80 min) back; level lags 3 steps. */
const HISTORY_STEPS = 16;

export interface HorizonModel {
  minutes: number;
  steps: number;
  beta: number[];
  /** Residual RMSE on the training rows (cm): the spread of the predictive distribution. */
  sigma: number;
}

export interface FloodModel {
  horizons: HorizonModel[];
  /** Rows the fit used (per horizon, the smallest). */
  rows: number;
}

const mean = (xs: readonly number[], from: number, to: number) => {
  let s = 0;
  for (let i = from; i <= to; i++) s += xs[i];
  return s / (to - from + 1);
};

/** Feature row at grid index t (needs t ≥ HISTORY_STEPS - 1), or null when any input is missing. */
export function featuresAt(level: readonly number[], rain: readonly number[], t: number, baseCm: number): number[] | null {
  if (t < HISTORY_STEPS - 1) return null;
  const x = [
    1,
    level[t],
    level[t] - level[t - 1],
    level[t] - level[t - 3],
    Math.max(0, level[t] - baseCm),
    rain[t],
    rain[t - 1],
    mean(rain, t - 3, t - 2),
    mean(rain, t - 7, t - 4),
    mean(rain, t - 15, t - 8),
  ];
  return x.every(Number.isFinite) ? x : null;
}

/**
 * Dry regime: the gauge sits at its datum and no rain fell in the last 80 minutes. No water can
 * arrive (every lag the model knows is shorter), so the forecast is the level as it is; fitting
 * the regression only on wet rows keeps it from learning a small false bias for dry streets.
 */
export function isDry(level: readonly number[], rain: readonly number[], t: number, floorCm: number): boolean {
  if (level[t] > floorCm + 0.5) return false;
  for (let i = Math.max(0, t - HISTORY_STEPS + 1); i <= t; i++) if (rain[i] > 0) return false;
  return true;
}

/** Fits one regression per horizon on every complete row of the series (target: level change). */
export function fitFloodModel(level: readonly number[], rain: readonly number[], baseCm: number, floorCm: number, horizonsMin: readonly number[] = HORIZONS_MIN): FloodModel {
  let minRows = Infinity;
  const horizons = horizonsMin.map((minutes) => {
    const steps = Math.round((minutes * 60_000) / GRID_MS);
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let t = HISTORY_STEPS - 1; t + steps < level.length; t++) {
      const x = featuresAt(level, rain, t, baseCm);
      const target = level[t + steps];
      if (!x || !Number.isFinite(target) || isDry(level, rain, t, floorCm)) continue;
      xs.push(x);
      ys.push(target - level[t]);
    }
    if (xs.length < 50) throw new Error(`flood model: only ${xs.length} complete rows for the ${minutes}-minute horizon; need at least 50 (about 5 hours of readings)`);
    minRows = Math.min(minRows, xs.length);
    const beta = fitLeastSquares(xs, ys);
    let se = 0;
    for (let i = 0; i < xs.length; i++) se += (dot(beta, xs[i]) - ys[i]) ** 2;
    return { minutes, steps, beta, sigma: Math.max(0.5, Math.sqrt(se / xs.length)) };
  });
  return { horizons, rows: minRows };
}

export interface LevelForecast {
  minutes: number;
  levelCm: number;
  sigma: number;
}

/** Forecast from grid index t (default the last one). Street ponding never goes below its datum. */
export function forecastLevels(model: FloodModel, level: readonly number[], rain: readonly number[], baseCm: number, floorCm: number, t = level.length - 1): LevelForecast[] | null {
  const x = featuresAt(level, rain, t, baseCm);
  if (!x) return null;
  const dry = isDry(level, rain, t, floorCm);
  return model.horizons.map((h) => ({ minutes: h.minutes, levelCm: dry ? level[t] : Math.max(floorCm, level[t] + dot(h.beta, x)), sigma: h.sigma }));
}

/** P(level ≥ alarm) under the Gaussian predictive distribution. */
export function exceedanceProbability(f: LevelForecast, alarmCm: number): number {
  return 1 - normalCdf((alarmCm - f.levelCm) / f.sigma);
}

export interface HoldoutScore {
  minutes: number;
  n: number;
  rmse: number;
  mae: number;
  persistenceRmse: number;
  persistenceMae: number;
}

/**
 * Trains on the first trainFraction of the series and scores the last part against persistence
 * (the level stays as it is now) — the baseline any flood forecast has to beat.
 */
export function evaluateHoldout(level: readonly number[], rain: readonly number[], baseCm: number, floorCm: number, trainFraction = 0.75, horizonsMin: readonly number[] = HORIZONS_MIN): HoldoutScore[] {
  const cut = Math.floor(level.length * trainFraction);
  const model = fitFloodModel(level.slice(0, cut), rain.slice(0, cut), baseCm, floorCm, horizonsMin);
  return model.horizons.map((h) => {
    let n = 0;
    let se = 0;
    let ae = 0;
    let pse = 0;
    let pae = 0;
    for (let t = Math.max(cut, HISTORY_STEPS - 1); t + h.steps < level.length; t++) {
      const x = featuresAt(level, rain, t, baseCm);
      const actual = level[t + h.steps];
      if (!x || !Number.isFinite(actual)) continue;
      const pred = isDry(level, rain, t, floorCm) ? level[t] : Math.max(floorCm, level[t] + dot(h.beta, x));
      se += (pred - actual) ** 2;
      ae += Math.abs(pred - actual);
      pse += (level[t] - actual) ** 2;
      pae += Math.abs(level[t] - actual);
      n++;
    }
    if (n === 0) throw new Error(`flood model: no held-out rows for the ${h.minutes}-minute horizon`);
    return { minutes: h.minutes, n, rmse: Math.sqrt(se / n), mae: ae / n, persistenceRmse: Math.sqrt(pse / n), persistenceMae: pae / n };
  });
}

/**
 * Readings → the 5-minute grid ending at endMs: level is the last value in a step (carried
 * forward over at most 3 empty steps, else missing), rain the mean intensity (0 when none).
 */
export function toGrid(levelPts: readonly { t: number; v: number }[], rainPts: readonly { t: number; v: number }[], startMs: number, endMs: number): { level: number[]; rain: number[] } {
  const n = Math.max(0, Math.floor((endMs - startMs) / GRID_MS) + 1);
  const level = new Array<number>(n).fill(NaN);
  const rainSum = new Array<number>(n).fill(0);
  const rainCount = new Array<number>(n).fill(0);
  for (const p of levelPts) {
    const i = Math.floor((p.t - startMs) / GRID_MS);
    if (i >= 0 && i < n) level[i] = p.v; // points come oldest first: the last one wins
  }
  for (const p of rainPts) {
    const i = Math.floor((p.t - startMs) / GRID_MS);
    if (i >= 0 && i < n) {
      rainSum[i] += p.v;
      rainCount[i]++;
    }
  }
  let gap = 0;
  for (let i = 1; i < n; i++) {
    if (Number.isNaN(level[i]) && !Number.isNaN(level[i - 1]) && gap < 3) {
      level[i] = level[i - 1];
      gap++;
    } else if (!Number.isNaN(level[i])) gap = 0;
  }
  return { level, rain: rainSum.map((s, i) => (rainCount[i] ? s / rainCount[i] : 0)) };
}

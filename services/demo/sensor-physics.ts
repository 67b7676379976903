// Synthetic but physically shaped sensor series for the demo and for model tests: monsoon storms,
// runoff routed through a Nash cascade of two linear reservoirs (the lag between rain and water),
// street ponding drained by sewers and pumps, river storage, and AQI with a diurnal cycle.

/** The forecast grid: 5-minute steps. */
export const STEP_MS = 5 * 60_000;

/** Hanoi local time (UTC+7, no DST) hour of day, fractional. */
export function hanoiHour(ms: number): number {
  return (((ms / 3_600_000 + 7) % 24) + 24) % 24;
}

export interface StormState {
  /** Steps left in the current storm (0 = dry). */
  left: number;
  length: number;
  peakMmH: number;
}

/**
 * Citywide rain in mm/h per step: storms start at random (stormsPerDay on average), last 30–180
 * minutes with a peak of 15–95 mm/h (Hanoi's monsoon downpours), shaped as a skewed bell.
 */
export class StormGenerator {
  state: StormState = { left: 0, length: 0, peakMmH: 0 };

  constructor(
    private readonly rnd: () => number,
    private readonly stormsPerDay = 0.9,
  ) {}

  /** Starts a storm now, or joins one `elapsedSteps` in (the live demo continues the seeded downpour). */
  startStorm(lengthSteps?: number, peakMmH?: number, elapsedSteps = 0): void {
    const length = lengthSteps ?? 6 + Math.floor(this.rnd() * 30);
    this.state = { left: Math.max(1, length - elapsedSteps), length, peakMmH: peakMmH ?? 15 + this.rnd() * 80 };
  }

  /** Rain for the next step (advances by `fraction` of a step; the live simulator uses sub-steps). */
  next(fraction = 1): number {
    if (this.state.left <= 0 && this.rnd() < (this.stormsPerDay / 288) * fraction) this.startStorm();
    if (this.state.left <= 0) return 0;
    const s = this.state;
    const x = 1 - s.left / s.length; // 0 → 1 through the storm
    s.left -= fraction;
    const shape = Math.pow(Math.sin(Math.PI * Math.pow(x, 0.7)), 2);
    return Math.max(0, s.peakMmH * shape * (0.75 + 0.5 * this.rnd()));
  }
}

export interface CatchmentParams {
  /** street: ponding depth above the kerb datum (0 when dry); river: stage above the gauge datum. */
  kind: 'street' | 'river';
  baseCm: number;
  /** cm of storage per step per mm/h of rain. */
  gain: number;
  /** Reservoir time constant in steps (the lag). */
  lagSteps: number;
  /** Fraction of the storage drained per step by sewers / outflow. */
  drain: number;
  /** A pump linked to this gauge: on above onCm, off below offCm, lowering storage by cmPerStep. */
  pump?: { onCm: number; offCm: number; cmPerStep: number; flowM3h: number };
}

/** One gauge's catchment: rain in, level out. */
export class Catchment {
  private q1 = 0;
  private q2 = 0;
  private storage = 0;
  pumpOn = false;

  constructor(readonly p: CatchmentParams) {}

  get levelCm(): number {
    return this.p.baseCm + this.storage;
  }

  /** Warm start from a gauge's last reading (the simulator picks up where the stored history ends). */
  setLevel(levelCm: number, pumpOn: boolean): void {
    this.storage = Math.max(0, levelCm - this.p.baseCm);
    this.pumpOn = pumpOn && !!this.p.pump;
  }

  get pumpFlowM3h(): number {
    return this.pumpOn && this.p.pump ? this.p.pump.flowM3h : 0;
  }

  step(rainMmH: number, fraction = 1): number {
    const p = this.p;
    this.q1 += (fraction * (p.gain * rainMmH - this.q1)) / p.lagSteps;
    this.q2 += (fraction * (this.q1 - this.q2)) / p.lagSteps;
    let s = this.storage + fraction * (this.q2 - p.drain * this.storage);
    if (p.pump) {
      const level = p.baseCm + s;
      if (!this.pumpOn && level >= p.pump.onCm) this.pumpOn = true;
      else if (this.pumpOn && level <= p.pump.offCm) this.pumpOn = false;
      if (this.pumpOn) s -= fraction * p.pump.cmPerStep;
    }
    this.storage = Math.max(0, s);
    return this.levelCm;
  }
}

/** AQI with morning and evening traffic peaks, washed out by rain, AR(1) noise. */
export class AirQuality {
  private noise = 0;

  constructor(
    private readonly rnd: () => number,
    private readonly baseAqi: number,
  ) {}

  value(ms: number, rainMmH: number, fraction = 1): number {
    const h = hanoiHour(ms);
    const diurnal = 28 * Math.exp(-((h - 8) ** 2) / 4) + 34 * Math.exp(-((h - 20) ** 2) / 6) - 12 * Math.exp(-((h - 14) ** 2) / 8);
    this.noise = this.noise * Math.pow(0.9, fraction) + (this.rnd() - 0.5) * 6 * Math.sqrt(fraction);
    const washout = Math.min(0.45, rainMmH / 80);
    return Math.max(5, Math.round((this.baseAqi + diurnal + this.noise) * (1 - washout)));
  }
}

/** A gauge's series on the 5-minute grid: rain (mm/h) and level (cm), with observation noise. */
export function simulateGaugeSeries(rnd: () => number, steps: number, params: CatchmentParams, stormsPerDay = 0.9): { rain: number[]; level: number[] } {
  const storms = new StormGenerator(rnd, stormsPerDay);
  const c = new Catchment(params);
  const rain: number[] = [];
  const level: number[] = [];
  for (let i = 0; i < steps; i++) {
    const r = storms.next();
    rain.push(r);
    level.push(c.step(r) + (rnd() - 0.5) * 0.8);
  }
  return { rain, level };
}

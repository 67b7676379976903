// Congestion forecast per corridor: multiplicative seasonal exponential smoothing (Holt–Winters
// without trend). A time-of-day profile (48 half-hour slots, Hanoi time) times a smoothed level;
// each 5-minute bucket of camera counts updates the level (α) and its slot of the profile (γ).
// The profile starts from Hanoi's commuter curve (peaks 7–9 h and 17–19 h) and learns the corridor's own.

export const CONGESTION_MODEL_NAME = 'seasonal exponential smoothing (time-of-day profile × level, α 0.3, γ 0.1)';
export const CONGESTION_HORIZONS_MIN = [15, 30, 60] as const;
const SLOTS = 48;
const SLOT_MS = 30 * 60_000;

/** Relative traffic by half hour of the day in Hanoi (1 = daily mean): night trough, two rush peaks. */
export function hanoiCommuterProfile(): number[] {
  return Array.from({ length: SLOTS }, (_, i) => {
    const h = (i + 0.5) / 2;
    const v = 0.25 + 1.1 * Math.exp(-((h - 7.75) ** 2) / 1.2) + 1.2 * Math.exp(-((h - 17.75) ** 2) / 1.5) + 0.55 * Math.exp(-((h - 12.5) ** 2) / 10);
    return h < 5 ? v * 0.5 : v;
  });
}

function slotAt(ms: number): { slot: number; frac: number } {
  const local = ms + 7 * 3_600_000;
  const pos = (((local % 86_400_000) + 86_400_000) % 86_400_000) / SLOT_MS - 0.5;
  const slot = ((Math.floor(pos) % SLOTS) + SLOTS) % SLOTS;
  return { slot, frac: pos - Math.floor(pos) };
}

export class CongestionModel {
  private readonly profile: number[];
  private level: number | undefined;
  samples = 0;

  constructor(
    prior: readonly number[] = hanoiCommuterProfile(),
    private readonly alpha = 0.3,
    private readonly gamma = 0.1,
  ) {
    if (prior.length !== SLOTS) throw new Error(`congestion model: the profile needs ${SLOTS} half-hour slots, got ${prior.length}`);
    this.profile = [...prior];
  }

  /** The profile at a time, interpolated between half-hour slot centres. */
  seasonal(ms: number): number {
    const { slot, frac } = slotAt(ms);
    return this.profile[slot] * (1 - frac) + this.profile[(slot + 1) % SLOTS] * frac;
  }

  /** One bucket's mean vehicles per frame at time ms. */
  observe(ms: number, vehicles: number): void {
    if (!Number.isFinite(vehicles) || vehicles < 0) return;
    const s = Math.max(0.05, this.seasonal(ms));
    const ratio = vehicles / s;
    this.level = this.level === undefined ? ratio : this.alpha * ratio + (1 - this.alpha) * this.level;
    const { slot } = slotAt(ms + SLOT_MS / 2);
    const target = vehicles / Math.max(0.05, this.level);
    this.profile[slot] = this.gamma * target + (1 - this.gamma) * this.profile[slot];
    this.samples++;
  }

  /** Expected vehicles per frame at ms + minutes; undefined before the first observation. */
  forecast(ms: number, minutes: number): number | undefined {
    if (this.level === undefined) return undefined;
    return this.level * this.seasonal(ms + minutes * 60_000);
  }
}

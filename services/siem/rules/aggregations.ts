/** Events per group within a sliding time window (or distinct values of a field); fires once per crossing. */
export class CountWindow {
  private groups = new Map<string, { times: number[]; distinct: Map<string, number> | null }>();

  constructor(
    private readonly windowMs: number,
    /** The count at which it fires (N + 1 for "> N"). */
    private readonly fireAt: number,
    private readonly distinct: boolean,
    private readonly maxGroups = 50_000,
  ) {}

  /** Adds one event; returns the oldest event time in the window when the count reaches fireAt (then restarts the group). */
  add(group: string, value: string, t: number): number | null {
    let g = this.groups.get(group);
    if (g) this.groups.delete(group);
    else {
      g = { times: [], distinct: this.distinct ? new Map() : null };
      if (this.groups.size >= this.maxGroups) this.groups.delete(this.groups.keys().next().value as string);
    }
    this.groups.set(group, g); // most recently used last, so the oldest group is evicted first
    const since = t - this.windowMs;
    let count: number;
    let oldest = t;
    if (g.distinct) {
      g.distinct.set(value, t);
      for (const [k, kt] of g.distinct) {
        if (kt < since) g.distinct.delete(k);
        else if (kt < oldest) oldest = kt;
      }
      count = g.distinct.size;
    } else {
      g.times.push(t);
      g.times = g.times.filter((x) => x >= since);
      for (const x of g.times) if (x < oldest) oldest = x;
      count = g.times.length;
    }
    if (count < this.fireAt) return null;
    this.groups.delete(group);
    return oldest;
  }

  get size(): number {
    return this.groups.size;
  }
}

const EARTH_KM = 6371;
/** Geolocation of an address is city-accurate at best: closer pairs never count as travel. */
export const MIN_TRAVEL_KM = 50;

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** Speed between a key's consecutive geolocated events ("impossible travel"): fires when it exceeds the threshold. */
export class TravelWindow {
  private last = new Map<string, { t: number; lat: number; lon: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly thresholdKmh: number,
    private readonly inclusive: boolean,
    private readonly maxKeys = 100_000,
  ) {}

  /** Returns the previous event's time and the speed when this pair is impossible travel. */
  add(key: string, geo: { lat: number; lon: number }, t: number): { previousMs: number; kmh: number; km: number } | null {
    const prev = this.last.get(key);
    this.last.delete(key);
    if (this.last.size >= this.maxKeys) this.last.delete(this.last.keys().next().value as string);
    this.last.set(key, { t, ...geo });
    if (!prev || Math.abs(t - prev.t) > this.windowMs) return null;
    const km = haversineKm(prev, geo);
    if (km < MIN_TRAVEL_KM) return null;
    const hours = Math.abs(t - prev.t) / 3_600_000;
    const kmh = hours === 0 ? Infinity : km / hours;
    const fires = this.inclusive ? kmh >= this.thresholdKmh : kmh > this.thresholdKmh;
    return fires ? { previousMs: Math.min(prev.t, t), kmh, km } : null;
  }
}

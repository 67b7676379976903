import type { Delta } from './contract';

type Keyed = { id: string };

/** Accumulates deltas between flushes; the latest record per id wins, detections keep the newest N. */
export class DeltaCoalescer {
  private incidents = new Map<string, Delta['incidents'] extends (infer T)[] | undefined ? T : never>();
  private units = new Map<string, NonNullable<Delta['units']>[number]>();
  private alerts = new Map<string, NonNullable<Delta['alerts']>[number]>();
  private cameras = new Map<string, NonNullable<Delta['cameras']>[number]>();
  private detections: NonNullable<Delta['detections']> = [];
  private sensors = new Map<string, NonNullable<Delta['sensors']>[number]>();
  private floodRisks = new Map<string, NonNullable<Delta['floodRisks']>[number]>();
  private corridors = new Map<string, NonNullable<Delta['corridors']>[number]>();
  private size = 0;

  constructor(private readonly maxDetections = 200) {}

  add(delta: Delta): void {
    this.size += put(this.incidents, delta.incidents);
    this.size += put(this.units, delta.units);
    this.size += put(this.alerts, delta.alerts);
    this.size += put(this.cameras, delta.cameras);
    this.size += put(this.sensors, delta.sensors);
    this.size += put(this.floodRisks, delta.floodRisks);
    this.size += put(this.corridors, delta.corridors);
    if (delta.detections?.length) {
      this.detections.push(...delta.detections);
      if (this.detections.length > this.maxDetections) this.detections.splice(0, this.detections.length - this.maxDetections);
      this.size += delta.detections.length;
    }
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Returns everything accumulated and starts over; null when nothing changed. */
  take(): Delta | null {
    if (this.size === 0) return null;
    const out: Delta = {};
    if (this.incidents.size) out.incidents = [...this.incidents.values()];
    if (this.units.size) out.units = [...this.units.values()];
    if (this.alerts.size) out.alerts = [...this.alerts.values()];
    if (this.cameras.size) out.cameras = [...this.cameras.values()];
    if (this.detections.length) out.detections = this.detections;
    if (this.sensors.size) out.sensors = [...this.sensors.values()];
    if (this.floodRisks.size) out.floodRisks = [...this.floodRisks.values()];
    if (this.corridors.size) out.corridors = [...this.corridors.values()];
    this.sensors.clear();
    this.floodRisks.clear();
    this.corridors.clear();
    this.incidents.clear();
    this.units.clear();
    this.alerts.clear();
    this.cameras.clear();
    this.detections = [];
    this.size = 0;
    return out;
  }
}

function put<T extends Keyed>(map: Map<string, T>, items: T[] | undefined): number {
  if (!items) return 0;
  for (const item of items) {
    const prev = map.get(item.id);
    // Out-of-order delivery must not roll a record back.
    if (prev && (prev as { version?: number }).version! > ((item as { version?: number }).version ?? 0)) continue;
    map.set(item.id, item);
  }
  return items.length;
}

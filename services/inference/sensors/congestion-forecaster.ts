import { congestionLevel } from '../../../common/domain/sensor';
import type { Logger } from '../../../common/log';
import { CongestionModel, CONGESTION_HORIZONS_MIN, CONGESTION_MODEL_NAME } from './congestion-model';
import type { CorridorDef, SensorStore } from './sensor-store';

const BUCKET_MS = 5 * 60_000;
/** Classes the analytics (or the demo simulator) report that count as traffic. */
export const VEHICLE_CLASSES = new Set(['vehicle', 'car', 'motorbike', 'bus', 'truck', 'bicycle']);

export interface WireCongestionForecast {
  corridor_id: string;
  name: string;
  camera_ids: string[];
  current_vehicles: number;
  current_level: string;
  horizons: { minutes: number; vehicles: number; ratio: number; level: string }[];
  samples: number;
  model: string;
  issued_ms: number;
  version: number;
  center: { lat: number; lon: number };
}

interface CorridorState {
  def: CorridorDef;
  center: { lat: number; lon: number };
  model: CongestionModel;
  bucketMs: number;
  frames: number;
  vehicles: number;
  totalFrames: number;
}

/**
 * Turns camera detections (vehicles per frame) into 5-minute buckets per corridor, feeds them to
 * the seasonal smoothing model and forecasts 15/30/60 minutes ahead.
 */
export class CongestionForecaster {
  private corridors = new Map<string, CorridorState>();
  private byCamera = new Map<string, CorridorState[]>();

  constructor(
    private readonly store: SensorStore,
    private readonly logger: Logger,
  ) {}

  /** Loads corridors and replays their stored buckets (up to 14 days) into fresh models. */
  async load(cameraLocation: (id: string) => { lat: number; lon: number } | undefined, nowMs: number): Promise<void> {
    this.corridors.clear();
    this.byCamera.clear();
    for (const def of await this.store.corridors()) {
      const pts = def.camera_ids.map(cameraLocation).filter((p): p is { lat: number; lon: number } => !!p);
      const center = pts.length ? { lat: pts.reduce((s, p) => s + p.lat, 0) / pts.length, lon: pts.reduce((s, p) => s + p.lon, 0) / pts.length } : { lat: 0, lon: 0 };
      const st: CorridorState = { def, center, model: new CongestionModel(), bucketMs: 0, frames: 0, vehicles: 0, totalFrames: 0 };
      for (const b of await this.store.corridorBuckets(def.id, nowMs - 14 * 86_400_000)) {
        if (b.frames > 0) st.model.observe(b.bucket_ms, b.vehicles / b.frames);
        st.totalFrames += b.frames;
      }
      this.corridors.set(def.id, st);
      for (const cam of def.camera_ids) this.byCamera.set(cam, [...(this.byCamera.get(cam) ?? []), st]);
    }
    this.logger.info('congestion corridors loaded', { corridors: this.corridors.size });
  }

  /** One analysed frame: returns the corridors it touched. */
  async onFrame(cameraId: string, frameMs: number, classes: readonly string[]): Promise<string[]> {
    const states = this.byCamera.get(cameraId);
    if (!states) return [];
    const vehicles = classes.filter((c) => VEHICLE_CLASSES.has(c)).length;
    const bucket = frameMs - (frameMs % BUCKET_MS);
    for (const st of states) {
      if (bucket < st.bucketMs) continue; // a late frame for a closed bucket
      if (bucket > st.bucketMs) await this.closeBucket(st);
      st.bucketMs = bucket;
      st.frames++;
      st.totalFrames++;
      st.vehicles += vehicles;
    }
    return states.map((s) => s.def.id);
  }

  private async closeBucket(st: CorridorState): Promise<void> {
    if (st.frames === 0) return;
    st.model.observe(st.bucketMs, st.vehicles / st.frames);
    await this.store.putCorridorBucket(st.def.id, st.bucketMs, st.frames, st.vehicles);
    st.frames = 0;
    st.vehicles = 0;
  }

  forecast(corridorId: string, nowMs: number): WireCongestionForecast | undefined {
    const st = this.corridors.get(corridorId);
    if (!st) return undefined;
    // The open bucket speaks for "now" once it holds a few frames; before that the model does.
    const current = st.frames >= 3 ? st.vehicles / st.frames : st.model.forecast(nowMs, 0);
    if (current === undefined) return undefined;
    const jam = st.def.jam_vehicles;
    const horizons = CONGESTION_HORIZONS_MIN.map((minutes) => {
      const v = st.model.forecast(nowMs, minutes) ?? current;
      return { minutes, vehicles: round(v), ratio: round(v / jam), level: congestionLevel(v / jam) };
    });
    return {
      corridor_id: st.def.id,
      name: st.def.name,
      camera_ids: st.def.camera_ids,
      current_vehicles: round(current),
      current_level: congestionLevel(current / jam),
      horizons,
      samples: st.totalFrames,
      model: CONGESTION_MODEL_NAME,
      issued_ms: nowMs,
      version: 0,
      center: st.center,
    };
  }

  ids(): string[] {
    return [...this.corridors.keys()];
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

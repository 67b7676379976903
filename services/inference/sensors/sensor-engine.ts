import type * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../../common/log';
import { sensorLevel, sensorStatusAt, SENSOR_UNITS } from '../../../common/domain/sensor';
import type { GetSensorSeriesRequest__Output } from '../../../proto/gen/watchfloor/inference/v1/GetSensorSeriesRequest';
import type { InferenceEvent } from '../../../proto/gen/watchfloor/inference/v1/InferenceEvent';
import type { ReportReadingsRequest__Output } from '../../../proto/gen/watchfloor/inference/v1/ReportReadingsRequest';
import { invalidArgument, notFound, requireRequestId } from '../../kit/grpc-errors';
import { applyOnce } from '../../kit/mutation';
import { unary } from '../../kit/unary';
import type { EventLog, LoggedEvent } from '../../store/event-log';
import type { SqliteDb } from '../../store/sqlite-db';
import { CongestionForecaster, type WireCongestionForecast } from './congestion-forecaster';
import { FloodForecaster, type WireFloodForecast } from './flood-forecaster';
import { appendRecent, validateReadings, validateSensorDef, type SensorDef, type StoredSensor } from './sensor-records';
import { SensorStore, type CorridorDef } from './sensor-store';

export interface SensorEngineOptions {
  retentionDays?: number;
  now?: () => number;
  /** How long readings may pile up before forecasts are recomputed (ms). */
  forecastDebounceMs?: number;
}

const STATUS_CHECK_MS = 10_000;
const REFIT_MS = 6 * 3_600_000;
const PRUNE_MS = 3_600_000;
const MAX_SERIES_SPAN_MS = 31 * 86_400_000;

/**
 * Sensors and forecasts inside the inference engine: the registry of water-level and rain gauges,
 * air-quality stations and drainage pumps, their readings (SQLite, with retention), silence turning
 * a sensor stale then offline, flood risk per ward and congestion per corridor, all streamed on
 * WatchInference as `sensor`, `flood_forecast` and `congestion_forecast` events.
 */
export class SensorEngine {
  readonly store: SensorStore;
  private sensors = new Map<string, StoredSensor>();
  private readonly flood: FloodForecaster;
  private readonly congestion: CongestionForecaster;
  private floodLatest = new Map<string, WireFloodForecast>();
  private congestionLatest = new Map<string, WireCongestionForecast>();
  private dirtyWards = new Set<string>();
  private dirtyCorridors = new Set<string>();
  private timers: NodeJS.Timeout[] = [];
  private floodTimer: NodeJS.Timeout | undefined;
  private congestionTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly retentionMs: number;
  private readonly now: () => number;
  private readonly debounceMs: number;
  private started = false;
  private work: Promise<unknown> = Promise.resolve();

  constructor(
    db: SqliteDb,
    private readonly log: EventLog,
    private readonly logger: Logger,
    opts: SensorEngineOptions = {},
  ) {
    this.store = new SensorStore(db);
    this.flood = new FloodForecaster(this.store, logger);
    this.congestion = new CongestionForecaster(this.store, logger);
    this.retentionMs = (opts.retentionDays ?? 30) * 86_400_000;
    this.now = opts.now ?? Date.now;
    this.debounceMs = opts.forecastDebounceMs ?? 500;
  }

  /** The sensor RPCs of InferenceService (spread into its implementation). */
  handlers(): grpc.UntypedServiceImplementation {
    const l = this.logger;
    return {
      ReportReadings: unary(l, 'ReportReadings', (r: ReportReadingsRequest__Output) => this.reportReadings(r)),
      ListSensors: unary(l, 'ListSensors', async () => {
        const lastSeq = (await this.log.bounds()).lastSeq;
        return { sensors: await this.store.allSensors(), last_seq: lastSeq };
      }),
      GetSensorSeries: unary(l, 'GetSensorSeries', (r: GetSensorSeriesRequest__Output) => this.getSeries(r)),
      ListForecasts: unary(l, 'ListForecasts', async () => ({
        flood: [...this.floodLatest.values()],
        congestion: [...this.congestionLatest.values()],
        last_seq: (await this.log.bounds()).lastSeq,
      })),
    };
  }

  /** Loads the registry, fits the flood models, loads corridors and starts watching silence and camera counts. */
  async start(cameraLocations: () => Promise<{ id: string; location: { lat: number; lon: number } }[]>): Promise<void> {
    if (this.started) return;
    this.started = true;
    const now = this.now();
    await this.store.prune(now - this.retentionMs);
    for (const s of await this.store.allSensors()) this.sensors.set(s.id, s);
    const cams = new Map((await cameraLocations()).map((c) => [c.id, c.location]));
    await this.congestion.load((id) => cams.get(id), now);
    this.unsubscribe = this.log.subscribe((events) => this.onEvents(events));
    for (const s of this.sensors.values()) if (s.kind === 'water_level') this.dirtyWards.add(s.ward);
    for (const id of this.congestion.ids()) this.dirtyCorridors.add(id);
    await this.checkStatuses();
    // Fitting reads every gauge's history: it runs after start, so the engine serves at once and
    // the first forecasts follow a moment later.
    void this.serial(async () => {
      await this.flood.fitAll([...this.sensors.values()], this.now());
      for (const s of this.sensors.values()) if (s.kind === 'water_level') this.dirtyWards.add(s.ward);
      await this.flushFlood();
      await this.flushCongestion();
    });
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(() => void this.serial(fn), ms);
      t.unref();
      this.timers.push(t);
    };
    every(STATUS_CHECK_MS, () => this.checkStatuses());
    every(REFIT_MS, async () => {
      await this.flood.fitAll([...this.sensors.values()], this.now());
      for (const s of this.sensors.values()) if (s.kind === 'water_level') this.dirtyWards.add(s.ward);
      this.scheduleFlood();
    });
    every(PRUNE_MS, () => this.store.prune(this.now() - this.retentionMs));
  }

  stop(): void {
    this.started = false;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    if (this.floodTimer) clearTimeout(this.floodTimer);
    if (this.congestionTimer) clearTimeout(this.congestionTimer);
    this.unsubscribe?.();
  }

  /** Waits for queued forecast work (tests, shutdown). */
  idle(): Promise<unknown> {
    return this.work;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.work.then(fn, fn);
    this.work = p.catch((err: unknown) => this.logger.error('sensor work failed', { error: String(err), stack: (err as Error)?.stack }));
    return p;
  }

  async reportReadings(req: ReportReadingsRequest__Output): Promise<{ accepted: number; duplicates: number }> {
    const requestId = requireRequestId(req.request_id);
    const readings = validateReadings(req.readings ?? [], this.sensors, this.now(), this.retentionMs);
    const touched: StoredSensor[] = [];
    const res = await applyOnce(this.store.db, this.log, requestId, 'ReportReadings', async ({ tx, emit }) => {
      const accepted = await this.store.insertReadings(tx, readings);
      const bySensor = new Map<string, { t: number; v: number }[]>();
      for (const r of readings) bySensor.set(r.sensorId, [...(bySensor.get(r.sensorId) ?? []), r]);
      for (const [id, pts] of bySensor) {
        const current = await this.store.getSensor(tx, id);
        if (!current) throw notFound('sensor', id);
        let next = current;
        for (const p of [...pts].sort((a, b) => a.t - b.t)) {
          if (p.t < next.last_reading_ms) continue; // a late reading fills the series, not the latest value
          next = { ...next, last_value: p.v, last_reading_ms: p.t, recent: appendRecent(next.recent, { time_ms: p.t, value: p.v }) };
        }
        if (next === current) continue;
        const now = this.now();
        next = {
          ...next,
          level: sensorLevel(next.kind, next.last_value, next.thresholds.warn, next.thresholds.alarm),
          status: sensorStatusAt(next.last_reading_ms, next.interval_s, now),
          updated_ms: now,
          version: current.version + 1,
        };
        await this.store.putSensor(tx, next);
        await emit('sensor', next.id, next);
        touched.push(next);
      }
      return { accepted, duplicates: readings.length - accepted };
    });
    for (const s of touched) {
      this.sensors.set(s.id, s);
      this.markWardsFor(s);
    }
    if (touched.length) this.scheduleFlood();
    return res;
  }

  private markWardsFor(s: StoredSensor): void {
    if (s.kind === 'water_level') this.dirtyWards.add(s.ward);
    if (s.kind === 'rain') {
      const all = [...this.sensors.values()];
      for (const g of all) if (g.kind === 'water_level' && FloodForecaster.nearestRain(g, all)?.id === s.id) this.dirtyWards.add(g.ward);
    }
  }

  private async getSeries(req: GetSensorSeriesRequest__Output): Promise<{ points: { time_ms: number; value: number }[] }> {
    if (!req.sensor_id) throw invalidArgument('sensor_id', 'is required');
    if (!this.sensors.has(req.sensor_id)) throw notFound('sensor', req.sensor_id);
    const to = Number(req.to_ms) || this.now();
    const from = Number(req.from_ms) || to - 6 * 3_600_000;
    if (from > to) throw invalidArgument('from_ms', `${from} is after to_ms ${to}`);
    if (to - from > MAX_SERIES_SPAN_MS) throw invalidArgument('from_ms', `the span ${Math.round((to - from) / 86_400_000)} days is over the 31-day limit`);
    return { points: await this.store.series(req.sensor_id, from, to) };
  }

  private scheduleFlood(): void {
    if (!this.started || this.floodTimer) return;
    this.floodTimer = setTimeout(() => {
      this.floodTimer = undefined;
      void this.serial(() => this.flushFlood());
    }, this.debounceMs);
  }

  private async flushFlood(): Promise<void> {
    if (!this.dirtyWards.size) return;
    const wards = new Set(this.dirtyWards);
    this.dirtyWards.clear();
    const now = this.now();
    const forecasts = await this.flood.forecastWards(wards, [...this.sensors.values()], now);
    const found = new Set(forecasts.map((f) => f.ward));
    // A ward whose gauges went silent (or have no model) says so rather than keeping an old risk.
    for (const ward of wards) {
      if (found.has(ward) || !this.floodLatest.has(ward)) continue;
      const prev = this.floodLatest.get(ward)!;
      forecasts.push({ ...prev, probability: 0, risk: 'unknown', horizons: [], issued_ms: now });
    }
    if (!forecasts.length) return;
    const events: LoggedEvent[] = [];
    await this.store.db.transaction(async (tx) => {
      for (const f of forecasts) {
        f.version = nextVersion(this.floodLatest.get(f.ward)?.version, now);
        this.floodLatest.set(f.ward, f);
        events.push(await this.log.append(tx, 'flood_forecast', f.ward, f));
      }
    });
    this.log.publish(events);
  }

  private onEvents(events: LoggedEvent[]): void {
    const frames = events.filter((e) => e.kind === 'detections');
    if (!frames.length) return;
    void this.serial(async () => {
      for (const e of frames) {
        const b = e.payload as { camera_id: string; frame_ms: number | string; detections: { cls: string }[] };
        for (const id of await this.congestion.onFrame(b.camera_id, Number(b.frame_ms) || e.timeMs, b.detections.map((d) => d.cls))) this.dirtyCorridors.add(id);
      }
      if (this.dirtyCorridors.size && !this.congestionTimer && this.started) {
        this.congestionTimer = setTimeout(() => {
          this.congestionTimer = undefined;
          void this.serial(() => this.flushCongestion());
        }, Math.max(this.debounceMs, 5000));
      }
    });
  }

  private async flushCongestion(): Promise<void> {
    const now = this.now();
    const out: WireCongestionForecast[] = [];
    for (const id of this.dirtyCorridors) {
      const f = this.congestion.forecast(id, now);
      if (f) out.push(f);
    }
    this.dirtyCorridors.clear();
    if (!out.length) return;
    const events: LoggedEvent[] = [];
    await this.store.db.transaction(async (tx) => {
      for (const f of out) {
        f.version = nextVersion(this.congestionLatest.get(f.corridor_id)?.version, now);
        this.congestionLatest.set(f.corridor_id, f);
        events.push(await this.log.append(tx, 'congestion_forecast', f.corridor_id, f));
      }
    });
    this.log.publish(events);
  }

  /** Sensors silent for too long turn stale, then offline (and back online with their next reading). */
  async checkStatuses(): Promise<void> {
    const now = this.now();
    const changed = [...this.sensors.values()].filter((s) => sensorStatusAt(s.last_reading_ms, s.interval_s, now) !== s.status);
    if (!changed.length) return;
    const events: LoggedEvent[] = [];
    const updated: StoredSensor[] = [];
    await this.store.db.transaction(async (tx) => {
      for (const s of changed) {
        const current = (await this.store.getSensor(tx, s.id)) ?? s;
        const status = sensorStatusAt(current.last_reading_ms, current.interval_s, now);
        if (status === current.status) continue;
        const next = { ...current, status, updated_ms: now, version: current.version + 1 };
        await this.store.putSensor(tx, next);
        events.push(await this.log.append(tx, 'sensor', next.id, next));
        updated.push(next);
      }
    });
    this.log.publish(events);
    for (const s of updated) {
      this.sensors.set(s.id, s);
      this.markWardsFor(s);
      if (s.status === 'offline') this.logger.warn('sensor offline', { sensor: s.id, last_reading_ms: s.last_reading_ms });
    }
    if (updated.length) this.scheduleFlood();
  }

  /** Registers sensors that are not there yet (demo seed); returns how many were new. */
  async seedSensors(defs: readonly SensorDef[]): Promise<number> {
    defs.forEach(validateSensorDef);
    const events: LoggedEvent[] = [];
    const now = this.now();
    await this.store.db.transaction(async (tx) => {
      for (const d of defs) {
        if (await this.store.getSensor(tx, d.id)) continue;
        const s: StoredSensor = {
          id: d.id,
          name: d.name,
          kind: d.kind,
          location: d.location,
          ward: d.ward,
          unit: SENSOR_UNITS[d.kind].unit,
          thresholds: { warn: d.warn, alarm: d.alarm },
          interval_s: d.interval_s,
          status: 'offline',
          last_value: 0,
          last_reading_ms: 0,
          level: 'none',
          recent: [],
          updated_ms: now,
          version: 1,
        };
        await this.store.putSensor(tx, s);
        events.push(await this.log.append(tx, 'sensor', s.id, s));
        this.sensors.set(s.id, s);
      }
    });
    this.log.publish(events);
    return events.length;
  }

  /** Bulk history for a sensor that has none yet (demo seed, import); its record takes the last reading. */
  async seedHistory(sensorId: string, points: readonly { t: number; v: number }[]): Promise<number> {
    if (!this.sensors.has(sensorId)) throw new Error(`seedHistory: sensor ${sensorId} is not registered`);
    if (!points.length || (await this.store.readingCount(sensorId)) > 0) return 0;
    const sorted = [...points].sort((a, b) => a.t - b.t);
    const events: LoggedEvent[] = [];
    const n = await this.store.db.transaction(async (tx) => {
      const inserted = await this.store.insertReadings(tx, sorted.map((p) => ({ sensorId, t: p.t, v: p.v })));
      const current = (await this.store.getSensor(tx, sensorId))!;
      const last = sorted[sorted.length - 1];
      let recent = current.recent;
      for (const p of sorted.slice(-48)) recent = appendRecent(recent, { time_ms: p.t, value: p.v });
      const now = this.now();
      const next: StoredSensor = {
        ...current,
        last_value: last.v,
        last_reading_ms: last.t,
        recent,
        level: sensorLevel(current.kind, last.v, current.thresholds.warn, current.thresholds.alarm),
        status: sensorStatusAt(last.t, current.interval_s, now),
        updated_ms: now,
        version: current.version + 1,
      };
      await this.store.putSensor(tx, next);
      events.push(await this.log.append(tx, 'sensor', next.id, next));
      this.sensors.set(next.id, next);
      return inserted;
    });
    this.log.publish(events);
    return n;
  }

  async seedCorridors(defs: readonly CorridorDef[]): Promise<number> {
    let n = 0;
    await this.store.db.transaction(async (tx) => {
      for (const c of defs) if (await this.store.putCorridor(tx, c)) n++;
    });
    return n;
  }

  sensorIds(): string[] {
    return [...this.sensors.keys()];
  }
}

/** Forecast versions survive restarts: at least the issue second, always above the last one. */
function nextVersion(prev: number | undefined, nowMs: number): number {
  return Math.max((prev ?? 0) + 1, Math.floor(nowMs / 1000) - 1_700_000_000);
}

/** The WatchInference oneof for the events this module logs (undefined for camera events). */
export function sensorEventToWire(e: LoggedEvent): Pick<InferenceEvent, 'sensor' | 'flood_forecast' | 'congestion_forecast'> | undefined {
  if (e.kind === 'sensor') return { sensor: e.payload as StoredSensor };
  if (e.kind === 'flood_forecast') return { flood_forecast: e.payload as WireFloodForecast };
  if (e.kind === 'congestion_forecast') return { congestion_forecast: e.payload as WireCongestionForecast };
  return undefined;
}

import { distanceMeters } from '../../../common/domain/geo';
import { floodRiskClass } from '../../../common/domain/sensor';
import type { FloodForecast } from '../../../proto/gen/watchfloor/inference/v1/FloodForecast';
import type { Logger } from '../../../common/log';
import { evaluateHoldout, exceedanceProbability, fitFloodModel, forecastLevels, FLOOD_MODEL_NAME, GRID_MS, toGrid, type FloodModel } from './flood-model';
import type { SensorStore } from './sensor-store';
import type { StoredSensor } from './sensor-records';

/** History a gauge's model is fitted on (the store keeps more; fitting on 14 days is plenty). */
const FIT_WINDOW_MS = 14 * 86_400_000;
/** Grid steps of input a forecast needs (80 min of rain lags + margin). */
const INPUT_MS = 2 * 3_600_000;

interface GaugeModel {
  sensorId: string;
  rainId: string | undefined;
  model: FloodModel;
  baseCm: number;
  floorCm: number;
  holdoutRmse: number;
  persistenceRmse: number;
}

export type WireFloodForecast = Required<Omit<FloodForecast, 'horizons'>> & { horizons: { minutes: number; level_cm: number; probability: number }[] };

/**
 * Fits and runs the flood model for each water-level gauge and turns the gauges' forecasts into a
 * risk per ward (the gauge with the highest exceedance probability speaks for its ward).
 */
export class FloodForecaster {
  private models = new Map<string, GaugeModel>();

  constructor(
    private readonly store: SensorStore,
    private readonly logger: Logger,
  ) {}

  /** The rain gauge whose series drives a water-level gauge: the nearest one. */
  static nearestRain(gauge: StoredSensor, sensors: readonly StoredSensor[]): StoredSensor | undefined {
    let best: StoredSensor | undefined;
    let bestD = Infinity;
    for (const s of sensors) {
      if (s.kind !== 'rain') continue;
      const d = distanceMeters(gauge.location, s.location);
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    }
    return best;
  }

  /** (Re)fits every gauge with enough history; gauges without keep no model and get no forecast. */
  async fitAll(sensors: readonly StoredSensor[], nowMs: number): Promise<void> {
    for (const g of sensors.filter((s) => s.kind === 'water_level')) {
      const rain = FloodForecaster.nearestRain(g, sensors);
      const from = nowMs - FIT_WINDOW_MS;
      const startMs = from - (from % GRID_MS);
      const grid = toGrid(
        (await this.store.series(g.id, startMs, nowMs)).map((p) => ({ t: p.time_ms, v: p.value })),
        rain ? (await this.store.series(rain.id, startMs, nowMs)).map((p) => ({ t: p.time_ms, v: p.value })) : [],
        startMs,
        nowMs,
      );
      // Street gauges read ponding depth (datum 0, never below); river gauges a stage above their datum.
      const floorCm = g.thresholds.alarm < 100 ? 0 : -Infinity;
      const baseCm = floorCm === 0 ? 0 : median(grid.level);
      try {
        const scores = evaluateHoldout(grid.level, grid.rain, baseCm, floorCm, 0.75);
        const model = fitFloodModel(grid.level, grid.rain, baseCm, floorCm);
        const s60 = scores.find((s) => s.minutes === 60) ?? scores[0];
        this.models.set(g.id, { sensorId: g.id, rainId: rain?.id, model, baseCm, floorCm, holdoutRmse: s60.rmse, persistenceRmse: s60.persistenceRmse });
        this.logger.info('flood model fitted', { sensor: g.id, rows: model.rows, holdout: scores.map((s) => ({ min: s.minutes, rmse: round(s.rmse), persistence_rmse: round(s.persistenceRmse) })) });
      } catch (err) {
        this.models.delete(g.id);
        this.logger.warn('flood model not fitted', { sensor: g.id, reason: String((err as Error).message) });
      }
    }
  }

  hasModel(sensorId: string): boolean {
    return this.models.has(sensorId);
  }

  /** Forecasts for the given wards from the latest readings. */
  async forecastWards(wards: ReadonlySet<string>, sensors: readonly StoredSensor[], nowMs: number): Promise<WireFloodForecast[]> {
    const out: WireFloodForecast[] = [];
    for (const ward of wards) {
      let best: WireFloodForecast | undefined;
      for (const g of sensors) {
        if (g.kind !== 'water_level' || g.ward !== ward || g.status === 'offline') continue;
        const m = this.models.get(g.id);
        if (!m) continue;
        // The forecast runs from the gauge's last reading: an empty, just-started 5-minute step
        // must not read as "the water stopped and the rain ended".
        const endMs = g.last_reading_ms || nowMs;
        const startMs = endMs - INPUT_MS - ((endMs - INPUT_MS) % GRID_MS);
        const grid = toGrid(
          (await this.store.series(g.id, startMs, endMs)).map((p) => ({ t: p.time_ms, v: p.value })),
          m.rainId ? (await this.store.series(m.rainId, startMs, endMs)).map((p) => ({ t: p.time_ms, v: p.value })) : [],
          startMs,
          endMs,
        );
        const levels = forecastLevels(m.model, grid.level, grid.rain, m.baseCm, m.floorCm);
        if (!levels) continue;
        const alarm = g.thresholds.alarm;
        const horizons = levels.map((l) => ({ minutes: l.minutes, level_cm: round(l.levelCm), probability: round(g.last_value >= alarm ? Math.max(0.99, exceedanceProbability(l, alarm)) : exceedanceProbability(l, alarm), 3) }));
        const probability = Math.max(...horizons.map((h) => h.probability));
        const f: WireFloodForecast = {
          ward,
          probability,
          risk: floodRiskClass(probability),
          horizons,
          sensor_id: g.id,
          alarm_cm: alarm,
          current_cm: round(g.last_value),
          model: FLOOD_MODEL_NAME,
          holdout_rmse_cm: round(m.holdoutRmse),
          persistence_rmse_cm: round(m.persistenceRmse),
          issued_ms: nowMs,
          version: 0,
        };
        if (!best || f.probability > best.probability) best = f;
      }
      if (best) out.push(best);
    }
    return out;
  }
}

function median(xs: readonly number[]): number {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : 0;
}

function round(x: number, digits = 2): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

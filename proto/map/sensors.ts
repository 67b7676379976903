import type { CongestionLevel, CorridorForecast, FloodRisk, Sensor, SensorKind, SensorLevel, SensorStatus, WardFloodRisk } from '../../common/domain/sensor';
import type { CongestionForecast__Output } from '../gen/watchfloor/inference/v1/CongestionForecast';
import type { FloodForecast__Output } from '../gen/watchfloor/inference/v1/FloodForecast';
import type { Sensor__Output } from '../gen/watchfloor/inference/v1/Sensor';

export function sensorFromWire(w: Sensor__Output): Sensor {
  return {
    id: w.id,
    name: w.name,
    kind: w.kind as SensorKind,
    location: { lat: w.location?.lat ?? 0, lon: w.location?.lon ?? 0 },
    ward: w.ward,
    unit: w.unit,
    warn: w.thresholds?.warn ?? 0,
    alarm: w.thresholds?.alarm ?? 0,
    intervalS: w.interval_s,
    status: w.status as SensorStatus,
    lastValue: w.last_value,
    lastReadingMs: Number(w.last_reading_ms),
    level: w.level as SensorLevel,
    recent: w.recent.map((p) => ({ t: Number(p.time_ms), v: p.value })),
    updatedMs: Number(w.updated_ms),
    version: w.version,
  };
}

export function floodRiskFromWire(w: FloodForecast__Output): WardFloodRisk {
  return {
    id: w.ward,
    ward: w.ward,
    probability: w.probability,
    risk: w.risk as FloodRisk,
    horizons: w.horizons.map((h) => ({ minutes: h.minutes, levelCm: h.level_cm, probability: h.probability })),
    sensorId: w.sensor_id,
    alarmCm: w.alarm_cm,
    currentCm: w.current_cm,
    model: w.model,
    holdoutRmseCm: w.holdout_rmse_cm,
    persistenceRmseCm: w.persistence_rmse_cm,
    issuedMs: Number(w.issued_ms),
    version: w.version,
  };
}

export function corridorFromWire(w: CongestionForecast__Output): CorridorForecast {
  return {
    id: w.corridor_id,
    name: w.name,
    cameraIds: [...w.camera_ids],
    center: { lat: w.center?.lat ?? 0, lon: w.center?.lon ?? 0 },
    currentVehicles: w.current_vehicles,
    currentLevel: w.current_level as CongestionLevel,
    horizons: w.horizons.map((h) => ({ minutes: h.minutes, vehicles: h.vehicles, ratio: h.ratio, level: h.level as CongestionLevel })),
    samples: w.samples,
    model: w.model,
    issuedMs: Number(w.issued_ms),
    version: w.version,
  };
}

import type { GeoPoint } from './geo';

export const SENSOR_KINDS = ['water_level', 'rain', 'air_quality', 'pump'] as const;
export type SensorKind = (typeof SENSOR_KINDS)[number];

export const SENSOR_STATUSES = ['online', 'stale', 'offline'] as const;
export type SensorStatus = (typeof SENSOR_STATUSES)[number];

/** normal/warn/alarm against the thresholds; pumps are on/off; "none" before the first reading. */
export type SensorLevel = 'normal' | 'warn' | 'alarm' | 'on' | 'off' | 'none';

/** The one unit each kind reports in, and the range a real instrument can produce. */
export const SENSOR_UNITS: Record<SensorKind, { unit: string; min: number; max: number }> = {
  water_level: { unit: 'cm', min: -200, max: 2000 },
  rain: { unit: 'mm/h', min: 0, max: 500 },
  air_quality: { unit: 'aqi', min: 0, max: 999 },
  pump: { unit: 'm3/h', min: 0, max: 100_000 },
};

export function isSensorKind(value: unknown): value is SensorKind {
  return typeof value === 'string' && (SENSOR_KINDS as readonly string[]).includes(value);
}

export interface SensorPoint {
  t: number;
  v: number;
}

/** A sensor as the console holds it (camelCase mirror of inference.v1.Sensor). */
export interface Sensor {
  id: string;
  name: string;
  kind: SensorKind;
  location: GeoPoint;
  ward: string;
  unit: string;
  warn: number;
  alarm: number;
  intervalS: number;
  status: SensorStatus;
  lastValue: number;
  lastReadingMs: number;
  level: SensorLevel;
  recent: SensorPoint[];
  updatedMs: number;
  version: number;
}

/** unknown: the ward's gauges are offline or have too little history for a model. */
export type FloodRisk = 'unknown' | 'low' | 'moderate' | 'high' | 'severe';

export interface WardFloodRisk {
  /** The ward name (ids are ward names so the map joins them to ward polygons). */
  id: string;
  ward: string;
  probability: number;
  risk: FloodRisk;
  horizons: { minutes: number; levelCm: number; probability: number }[];
  sensorId: string;
  alarmCm: number;
  currentCm: number;
  model: string;
  holdoutRmseCm: number;
  persistenceRmseCm: number;
  issuedMs: number;
  version: number;
}

export type CongestionLevel = 'free' | 'moderate' | 'heavy' | 'jammed';

export interface CorridorForecast {
  id: string;
  name: string;
  cameraIds: string[];
  center: GeoPoint;
  currentVehicles: number;
  currentLevel: CongestionLevel;
  horizons: { minutes: number; vehicles: number; ratio: number; level: CongestionLevel }[];
  samples: number;
  model: string;
  issuedMs: number;
  version: number;
}

/** A reading's level against warn/alarm (pumps: running or not). */
export function sensorLevel(kind: SensorKind, value: number, warn: number, alarm: number): SensorLevel {
  if (kind === 'pump') return value > 0 ? 'on' : 'off';
  if (alarm > 0 && value >= alarm) return 'alarm';
  if (warn > 0 && value >= warn) return 'warn';
  return 'normal';
}

/** Silent for 3 intervals (at least 90 s) → stale; for 10 intervals (at least 10 min) → offline. */
export function sensorStatusAt(lastReadingMs: number, intervalS: number, nowMs: number): SensorStatus {
  if (!lastReadingMs) return 'offline';
  const silentS = (nowMs - lastReadingMs) / 1000;
  if (silentS > Math.max(600, 10 * intervalS)) return 'offline';
  if (silentS > Math.max(90, 3 * intervalS)) return 'stale';
  return 'online';
}

/** Vietnam's AQI bands (QĐ 1459/QĐ-TCMT, same cut points as US EPA): 0–50 good … >300 hazardous. */
export const AQI_BANDS = [
  { max: 50, band: 'good', color: '#00e400' },
  { max: 100, band: 'moderate', color: '#ffdd00' },
  { max: 150, band: 'sensitive', color: '#ff7e00' },
  { max: 200, band: 'unhealthy', color: '#ff0000' },
  { max: 300, band: 'very_unhealthy', color: '#8f3f97' },
  { max: Infinity, band: 'hazardous', color: '#7e0023' },
] as const;
export type AqiBand = (typeof AQI_BANDS)[number]['band'];

export function aqiBand(aqi: number): AqiBand {
  return AQI_BANDS.find((b) => aqi <= b.max)!.band;
}

/** Probability of exceeding the alarm level → the class the map and command view show. */
export function floodRiskClass(probability: number): FloodRisk {
  if (probability >= 0.8) return 'severe';
  if (probability >= 0.5) return 'high';
  if (probability >= 0.2) return 'moderate';
  return 'low';
}

/** Vehicles per frame as a share of the corridor's jam density → level. */
export function congestionLevel(ratio: number): CongestionLevel {
  if (ratio >= 0.85) return 'jammed';
  if (ratio >= 0.6) return 'heavy';
  if (ratio >= 0.35) return 'moderate';
  return 'free';
}

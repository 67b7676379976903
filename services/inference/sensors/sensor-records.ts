import { isSensorKind, SENSOR_UNITS, type SensorKind } from '../../../common/domain/sensor';
import type { Reading__Output } from '../../../proto/gen/watchfloor/inference/v1/Reading';
import { invalidArgument } from '../../kit/grpc-errors';

/** A sensor as the engine stores and streams it (the wire shape of inference.v1.Sensor). */
export interface StoredSensor {
  id: string;
  name: string;
  kind: SensorKind;
  location: { lat: number; lon: number };
  ward: string;
  unit: string;
  thresholds: { warn: number; alarm: number };
  interval_s: number;
  status: string;
  last_value: number;
  last_reading_ms: number;
  level: string;
  recent: SensorPointWire[];
  updated_ms: number;
  version: number;
}

export interface SensorPointWire {
  time_ms: number;
  value: number;
}

/** What a registry entry needs (demo seed, import). */
export interface SensorDef {
  id: string;
  name: string;
  kind: SensorKind;
  location: { lat: number; lon: number };
  ward: string;
  warn: number;
  alarm: number;
  interval_s: number;
}

/** Readings may be up to 5 minutes ahead of the engine's clock (sensor clocks drift), never more. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_READINGS_PER_REQUEST = 5000;
/** Points kept in a sensor's record for its trend: at least 2 minutes apart, the last 48. */
export const RECENT_POINTS = 48;
export const RECENT_SPACING_MS = 120_000;

export interface ValidReading {
  sensorId: string;
  t: number;
  v: number;
}

/**
 * Checks every reading of a ReportReadings request before anything is written: the whole batch is
 * refused on the first bad one, with the field, the value and what is expected.
 */
export function validateReadings(readings: readonly Reading__Output[], sensors: ReadonlyMap<string, { kind: SensorKind }>, nowMs: number, retentionMs: number): ValidReading[] {
  if (readings.length === 0) throw invalidArgument('readings', 'is empty; send at least one reading');
  if (readings.length > MAX_READINGS_PER_REQUEST) throw invalidArgument('readings', `${readings.length} readings; the limit is ${MAX_READINGS_PER_REQUEST} per request`);
  return readings.map((r, i) => {
    const f = `readings[${i}]`;
    if (!r.sensor_id) throw invalidArgument(`${f}.sensor_id`, 'is required');
    const sensor = sensors.get(r.sensor_id);
    if (!sensor) throw invalidArgument(`${f}.sensor_id`, `"${r.sensor_id}" is not a registered sensor`);
    const spec = SENSOR_UNITS[sensor.kind];
    if (r.unit !== spec.unit) throw invalidArgument(`${f}.unit`, `"${r.unit}" is not the unit of ${sensor.kind} sensor ${r.sensor_id}; send ${spec.unit}`);
    const v = Number(r.value);
    if (!Number.isFinite(v) || v < spec.min || v > spec.max) {
      throw invalidArgument(`${f}.value`, `${r.value} ${spec.unit} is outside what a ${sensor.kind} sensor can read (${spec.min}–${spec.max} ${spec.unit})`);
    }
    const t = Number(r.time_ms);
    if (!Number.isSafeInteger(t) || t <= 0) throw invalidArgument(`${f}.time_ms`, `${JSON.stringify(r.time_ms)} is not a time in ms since 1970`);
    if (t > nowMs + MAX_CLOCK_SKEW_MS) throw invalidArgument(`${f}.time_ms`, `${new Date(t).toISOString()} is in the future (engine time ${new Date(nowMs).toISOString()}); check the sensor's clock`);
    if (t < nowMs - retentionMs) throw invalidArgument(`${f}.time_ms`, `${new Date(t).toISOString()} is older than the ${Math.round(retentionMs / 86_400_000)}-day retention`);
    return { sensorId: r.sensor_id, t, v };
  });
}

export function validateSensorDef(d: SensorDef, index: number): void {
  const f = `sensors[${index}]`;
  if (!d.id || !/^[A-Za-z0-9_.-]{1,64}$/.test(d.id)) throw new Error(`${f}.id: "${d.id}" is not a sensor id (1–64 of A-Z a-z 0-9 _ . -)`);
  if (!isSensorKind(d.kind)) throw new Error(`${f}.kind: "${d.kind}" is not one of water_level, rain, air_quality, pump`);
  if (!(Math.abs(d.location?.lat) <= 90 && Math.abs(d.location?.lon) <= 180)) throw new Error(`${f}.location: ${JSON.stringify(d.location)} is not a lat/lon`);
  if (!(d.interval_s > 0)) throw new Error(`${f}.interval_s: ${d.interval_s} must be > 0`);
}

/** The trend kept in the record: a new point replaces the last when they are under 2 minutes apart. */
export function appendRecent(recent: readonly SensorPointWire[], p: SensorPointWire): SensorPointWire[] {
  const out = [...recent];
  const last = out[out.length - 1];
  if (last && p.time_ms < last.time_ms) return out;
  if (last && out.length > 1 && p.time_ms - out[out.length - 2].time_ms < RECENT_SPACING_MS) out[out.length - 1] = p;
  else out.push(p);
  return out.slice(-RECENT_POINTS);
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { distanceMeters } from '../../common/domain/geo';
import { SENSOR_UNITS, type SensorKind } from '../../common/domain/sensor';
import { nearestWard, type WardRef } from '../../common/domain/wards';
import type { CorridorDef } from '../inference/sensors/sensor-store';
import type { SensorDef } from '../inference/sensors/sensor-records';
import { seededRandom } from './random';
import { AirQuality, Catchment, StormGenerator, STEP_MS, type CatchmentParams } from './sensor-physics';

export interface DemoSensor {
  id: string;
  name: string;
  kind: SensorKind;
  location: { lat: number; lon: number };
  warn: number;
  alarm: number;
  interval_s: number;
  catchment?: CatchmentParams;
  rainFactor?: number;
  baseAqi?: number;
  /** Pumps: the gauge whose catchment they drain. */
  gauge?: string;
}

export interface DemoSensorData {
  sensors: DemoSensor[];
  corridors: CorridorDef[];
}

const FILE = [path.resolve(__dirname, '../../assets/demo/hanoi-sensors.json'), path.resolve(__dirname, '../../../assets/demo/hanoi-sensors.json')].find((f) => fs.existsSync(f)) ?? path.resolve(__dirname, '../../assets/demo/hanoi-sensors.json');

let cached: DemoSensorData | undefined;

/** The demo's sensors and corridors (assets/demo/hanoi-sensors.json), read once. */
export function loadDemoSensors(): DemoSensorData {
  if (!cached) {
    const data = JSON.parse(fs.readFileSync(FILE, 'utf8')) as DemoSensorData;
    if (!Array.isArray(data.sensors) || !Array.isArray(data.corridors)) throw new Error(`demo sensors ${FILE} is missing sensors or corridors`);
    cached = data;
  }
  return cached;
}

export function demoSensorDefs(data: DemoSensorData, wards: readonly WardRef[]): SensorDef[] {
  return data.sensors.map((s) => ({ id: s.id, name: s.name, kind: s.kind, location: s.location, ward: nearestWard(s.location, wards), warn: s.warn, alarm: s.alarm, interval_s: s.interval_s }));
}

export interface SimReading {
  sensor_id: string;
  time_ms: number;
  value: number;
  unit: string;
}

/**
 * The demo city's weather and water: one citywide storm field seen by each rain gauge with its own
 * factor, every water-level gauge fed by its nearest rain gauge through its catchment, pumps
 * switching with their gauge, AQI following the clock and the rain.
 */
export class SensorWorld {
  readonly storms: StormGenerator;
  private catchments = new Map<string, Catchment>();
  private rainOf = new Map<string, string>();
  private air = new Map<string, AirQuality>();
  private lastRain = new Map<string, number>();

  constructor(
    readonly data: DemoSensorData,
    private readonly rnd: () => number,
    stormsPerDay = 1.2,
  ) {
    this.storms = new StormGenerator(rnd, stormsPerDay);
    const rains = data.sensors.filter((s) => s.kind === 'rain');
    for (const s of data.sensors) {
      if (s.kind === 'water_level' && s.catchment) {
        this.catchments.set(s.id, new Catchment(s.catchment));
        let best = rains[0];
        for (const r of rains) if (distanceMeters(s.location, r.location) < distanceMeters(s.location, best.location)) best = r;
        this.rainOf.set(s.id, best.id);
      }
      if (s.kind === 'air_quality') this.air.set(s.id, new AirQuality(rnd, s.baseAqi ?? 100));
    }
  }

  catchment(id: string): Catchment | undefined {
    return this.catchments.get(id);
  }

  /** Advances by `fraction` of a 5-minute step and returns one reading per sensor at time ms. */
  step(ms: number, fraction = 1): SimReading[] {
    const city = this.storms.next(fraction);
    const out: SimReading[] = [];
    const unit = (k: SensorKind) => SENSOR_UNITS[k].unit;
    for (const s of this.data.sensors) {
      if (s.kind !== 'rain') continue;
      const v = city > 0 ? city * (s.rainFactor ?? 1) * (0.85 + 0.3 * this.rnd()) : 0;
      this.lastRain.set(s.id, v);
      out.push({ sensor_id: s.id, time_ms: ms, value: round(v, 1), unit: unit('rain') });
    }
    for (const s of this.data.sensors) {
      if (s.kind === 'water_level') {
        const c = this.catchments.get(s.id)!;
        const level = c.step(this.lastRain.get(this.rainOf.get(s.id)!) ?? 0, fraction);
        out.push({ sensor_id: s.id, time_ms: ms, value: round(Math.max(c.p.kind === 'street' ? 0 : -200, level + (this.rnd() - 0.5) * 0.8), 1), unit: unit('water_level') });
      } else if (s.kind === 'air_quality') {
        out.push({ sensor_id: s.id, time_ms: ms, value: this.air.get(s.id)!.value(ms, city, fraction), unit: unit('air_quality') });
      }
    }
    for (const s of this.data.sensors) {
      if (s.kind !== 'pump') continue;
      const flow = s.gauge ? (this.catchments.get(s.gauge)?.pumpFlowM3h ?? 0) : 0;
      out.push({ sensor_id: s.id, time_ms: ms, value: Math.round(flow > 0 ? flow * (0.97 + 0.06 * this.rnd()) : 0), unit: unit('pump') });
    }
    return out;
  }
}

/**
 * History for every demo sensor on the 5-minute grid over the `days` before endMs, ending in a
 * downpour that began 50 minutes ago (so the console opens on a city that is getting wet).
 */
export function demoHistory(data: DemoSensorData, endMs: number, days = 7, seed = 20250715): Map<string, { t: number; v: number }[]> {
  const world = new SensorWorld(data, seededRandom(seed));
  const steps = Math.floor((days * 86_400_000) / STEP_MS);
  const start = endMs - steps * STEP_MS;
  const out = new Map<string, { t: number; v: number }[]>(data.sensors.map((s) => [s.id, []]));
  for (let i = 1; i <= steps; i++) {
    if (i === steps - 10) world.storms.startStorm(24, 62);
    const t = start + i * STEP_MS;
    for (const r of world.step(t)) out.get(r.sensor_id)!.push({ t, v: r.value });
  }
  return out;
}

function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/** Registers the demo sensors and corridors and gives sensors without readings their 7-day history; idempotent. */
export async function seedDemoSensors(sensors: { seedSensors(d: SensorDef[]): Promise<number>; seedHistory(id: string, pts: { t: number; v: number }[]): Promise<number>; seedCorridors(c: CorridorDef[]): Promise<number> }, wards: readonly WardRef[], nowMs = Date.now()): Promise<void> {
  const data = loadDemoSensors();
  await sensors.seedSensors(demoSensorDefs(data, wards));
  await sensors.seedCorridors(data.corridors);
  const end = nowMs - (nowMs % STEP_MS);
  for (const [id, pts] of demoHistory(data, end)) await sensors.seedHistory(id, pts);
}

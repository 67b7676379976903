import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/log';
import { callUnary, type InferenceServiceClient } from '../../proto/clients';
import { loadDemoSensors, SensorWorld, type SimReading } from './demo-sensors';
import { seededRandom } from './random';
import { STEP_MS } from './sensor-physics';

/** Sensors report every 30 s (air quality every 60 s), like the city's telemetry gateways. */
export const SENSOR_TICK_MS = 30_000;

/**
 * The demo's sensor telemetry: continues the seeded history from the engine's last readings
 * (warm start), keeps a downpour in progress going, and reports every tick through the
 * ReportReadings RPC, as a real telemetry gateway would.
 */
export function startSensorFeed(client: InferenceServiceClient, logger: Logger, opts: { seed?: number; tickMs?: number } = {}): { stop(): void } {
  const world = new SensorWorld(loadDemoSensors(), seededRandom(opts.seed ?? 7_2025), 6);
  const tickMs = opts.tickMs ?? SENSOR_TICK_MS;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let tick = 0;
  let busy = false;

  const warmStart = async () => {
    const { sensors } = await callUnary(client, client.ListSensors, {});
    const byId = new Map(sensors.map((s) => [s.id, s]));
    for (const def of world.data.sensors) {
      const s = byId.get(def.id);
      if (!s || Number(s.last_reading_ms) === 0) continue;
      if (def.kind === 'water_level') {
        const pump = world.data.sensors.find((p) => p.kind === 'pump' && p.gauge === def.id);
        world.catchment(def.id)?.setLevel(s.last_value, pump ? (byId.get(pump.id)?.last_value ?? 0) > 0 : false);
      }
    }
    const rains = sensors.filter((s) => s.kind === 'rain').map((s) => s.last_value);
    const rainNow = rains.length ? rains.reduce((x, y) => x + y, 0) / rains.length : 0;
    // The seeded history ends inside a downpour: carry it on past its peak rather than start a new one.
    if (rainNow > 3) world.storms.startStorm(24, Math.min(70, Math.max(30, rainNow)), 12);
  };

  const step = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      const now = Date.now();
      const readings: SimReading[] = world.step(now, tickMs / STEP_MS).filter((r) => tick % 2 === 0 || !r.sensor_id.startsWith('AQ-'));
      tick++;
      await callUnary(client, client.ReportReadings, { request_id: randomUUID(), readings });
    } catch (err) {
      logger.debug('sensor feed step failed', { error: String((err as Error)?.message ?? err) });
    } finally {
      busy = false;
    }
  };

  void warmStart()
    .catch((err: unknown) => logger.debug('sensor feed warm start skipped', { error: String((err as Error)?.message ?? err) }))
    .then(step)
    .then(() => {
      if (!stopped) timer = setInterval(() => void step(), tickMs);
    });
  return {
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}

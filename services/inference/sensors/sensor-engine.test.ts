import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../../common/log';
import type { Reading__Output } from '../../../proto/gen/watchfloor/inference/v1/Reading';
import { EngineError } from '../../kit/grpc-errors';
import { EventLog, type LoggedEvent } from '../../store/event-log';
import { SqliteDb } from '../../store/sqlite-db';
import { EVENT_LOG_MIGRATION } from '../../store/event-log';
import { SENSOR_MIGRATIONS } from './sensor-store';
import { SensorEngine } from './sensor-engine';
import type { StoredSensor } from './sensor-records';

const quiet = createLogger('test', () => undefined);
const T0 = Date.UTC(2026, 7, 1, 3, 0);

describe('sensor engine (registry, readings, silence)', () => {
  let db: SqliteDb;
  let engine: SensorEngine;
  let now = T0;
  const events: LoggedEvent[] = [];

  before(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-sensors-'));
    db = await SqliteDb.open(path.join(dir, 'inference.sqlite'));
    await db.migrate([EVENT_LOG_MIGRATION, ...SENSOR_MIGRATIONS]);
    const log = new EventLog(db);
    log.subscribe((e) => events.push(...e));
    engine = new SensorEngine(db, log, quiet, { now: () => now, forecastDebounceMs: 10 });
    await engine.seedSensors([
      { id: 'WL-1', name: 'Ngập phố A', kind: 'water_level', location: { lat: 21.02, lon: 105.84 }, ward: 'Cửa Nam', warn: 10, alarm: 30, interval_s: 30 },
      { id: 'RG-1', name: 'Đo mưa A', kind: 'rain', location: { lat: 21.021, lon: 105.841 }, ward: 'Cửa Nam', warn: 16, alarm: 50, interval_s: 30 },
      { id: 'PUMP-1', name: 'Bơm A', kind: 'pump', location: { lat: 21.022, lon: 105.842 }, ward: 'Cửa Nam', warn: 0, alarm: 0, interval_s: 30 },
    ]);
    await engine.start(async () => []);
  });
  after(async () => {
    engine.stop();
    await engine.idle();
    await db.close();
  });

  const reading = (r: Partial<Reading__Output>): Reading__Output => ({ sensor_id: 'WL-1', time_ms: String(now), value: 12, unit: 'cm', ...r });
  const rejection = async (readings: Reading__Output[]) => {
    try {
      await engine.reportReadings({ request_id: `req-${Math.random().toString(36).slice(2, 12)}`, readings });
    } catch (err) {
      assert.ok(err instanceof EngineError);
      return { code: err.code, message: err.message };
    }
    assert.fail('the readings were accepted');
  };

  it('refuses a bad value, unit, time or sensor with INVALID_ARGUMENT naming the field and the value, and stores nothing of the batch', async () => {
    const before = await engine.store.readingCount('WL-1');
    const cases: [Reading__Output[], RegExp][] = [
      [[reading({}), reading({ value: 99999 })], /^readings\[1\]\.value: 99999 cm is outside/],
      [[reading({ value: Number.NaN })], /^readings\[0\]\.value: NaN cm/],
      [[reading({ unit: 'm' })], /^readings\[0\]\.unit: "m" is not the unit of water_level sensor WL-1; send cm/],
      [[reading({ sensor_id: 'RG-1', unit: 'mm', value: 4 })], /^readings\[0\]\.unit: "mm" .* send mm\/h/],
      [[reading({ time_ms: String(now + 3_600_000) })], /^readings\[0\]\.time_ms: .* is in the future/],
      [[reading({ time_ms: String(now - 40 * 86_400_000) })], /^readings\[0\]\.time_ms: .* older than the 30-day retention/],
      [[reading({ time_ms: 'abc' })], /^readings\[0\]\.time_ms: "abc" is not a time/],
      [[reading({ sensor_id: 'WL-404' })], /^readings\[0\]\.sensor_id: "WL-404" is not a registered sensor/],
      [[], /^readings: is empty/],
    ];
    for (const [readings, msg] of cases) {
      const r = await rejection(readings);
      assert.equal(r.code, 3, r.message);
      assert.match(r.message, msg);
    }
    assert.equal(await engine.store.readingCount('WL-1'), before);
  });

  it('takes readings once per request_id, updates the latest value, level and trend, and streams the sensor', async () => {
    events.length = 0;
    const req = { request_id: 'req-idem-0001', readings: [reading({ value: 12, time_ms: String(now - 60_000) }), reading({ value: 34, time_ms: String(now) })] };
    const first = await engine.reportReadings(req);
    const again = await engine.reportReadings(req);
    assert.deepEqual(first, { accepted: 2, duplicates: 0 });
    assert.deepEqual(again, first);
    const sensorEvents = events.filter((e) => e.kind === 'sensor' && e.entityId === 'WL-1');
    assert.equal(sensorEvents.length, 1, 'a retried request changes nothing and emits nothing');
    const s = sensorEvents[0].payload as StoredSensor;
    assert.equal(s.last_value, 34);
    assert.equal(s.level, 'alarm');
    assert.equal(s.status, 'online');
    assert.deepEqual(s.recent.map((p) => p.value), [12, 34]);
    const dup = await engine.reportReadings({ request_id: 'req-idem-0002', readings: [reading({ value: 34, time_ms: String(now) })] });
    assert.deepEqual(dup, { accepted: 0, duplicates: 1 });
  });

  it('a pump reports on and off from its flow', async () => {
    events.length = 0;
    await engine.reportReadings({ request_id: 'req-pump-0001', readings: [reading({ sensor_id: 'PUMP-1', unit: 'm3/h', value: 1500 })] });
    assert.equal((events.find((e) => e.entityId === 'PUMP-1')!.payload as StoredSensor).level, 'on');
  });

  it('a silent sensor turns stale, then offline, and online again with its next reading', async () => {
    events.length = 0;
    now += 5 * 60_000;
    await engine.checkStatuses();
    const status = (id: string) => [...events].reverse().find((e) => e.entityId === id && e.kind === 'sensor')?.payload as StoredSensor | undefined;
    assert.equal(status('WL-1')?.status, 'stale');
    now += 20 * 60_000;
    await engine.checkStatuses();
    assert.equal(status('WL-1')?.status, 'offline');
    await engine.reportReadings({ request_id: 'req-back-0001', readings: [reading({ value: 5, time_ms: String(now) })] });
    assert.equal(status('WL-1')?.status, 'online');
    assert.equal(status('WL-1')?.level, 'normal');
  });
});

// Sensor readings over gRPC into the inference engine → flood risk recomputed → streamed through
// the console core to the map and command windows (real engines, real SQLite, 127.0.0.1).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BridgeEvent } from '../../common/bridge/contract';
import type { WardFloodRisk } from '../../common/domain/sensor';
import { startConsole } from '../../main/console/start-console';
import { callUnary, inferenceClient, type InferenceServiceClient } from '../../proto/clients';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { eventually, quietLogger, tempDir } from './helpers';

type Console = Awaited<ReturnType<typeof startConsole>>;

describe('sensors and forecasts end to end', () => {
  let engines: RunningEngines;
  let consoleCore: Console;
  let client: InferenceServiceClient;
  const mapEvents: BridgeEvent[] = [];
  const commandEvents: BridgeEvent[] = [];
  const incidentEvents: BridgeEvent[] = [];

  before(async () => {
    const dir = tempDir('sensors');
    engines = await startEngines({ dataDir: path.join(dir, 'engines'), only: ['dispatch', 'siem', 'inference'], logger: quietLogger, syslogPorts: { udp: null, tcp: null }, intakeHttpPort: null });
    consoleCore = await startConsole({ dataDir: path.join(dir, 'console'), engineAddresses: engines.addresses, embeddedEngines: false });
    consoleCore.bridge.connect({ id: 'map', role: 'map', send: (e) => mapEvents.push(e) });
    consoleCore.bridge.connect({ id: 'command', role: 'command', send: (e) => commandEvents.push(e) });
    consoleCore.bridge.connect({ id: 'incidents', role: 'incidents', send: (e) => incidentEvents.push(e) });
    client = inferenceClient(engines.addresses.inference!);
  });
  after(async () => {
    client?.close();
    await consoleCore?.stop();
    await engines?.stop();
  });

  it('the demo registry is served with history-fitted forecasts that state their held-out error against persistence', async () => {
    const { sensors } = await callUnary(client, client.ListSensors, {});
    assert.deepEqual([...new Set(sensors.map((s) => s.kind))].sort(), ['air_quality', 'pump', 'rain', 'water_level']);
    // Models are fitted just after the engine starts serving.
    const flood = await eventually(async () => {
      const f = (await callUnary(client, client.ListForecasts, {})).flood;
      return f.length >= 8 ? f : undefined;
    }, 'flood forecasts for the demo wards');
    for (const f of flood) {
      assert.deepEqual(f.horizons.map((h) => h.minutes), [30, 60, 120]);
      assert.match(f.model, /ARX least squares/);
      assert.ok(f.holdout_rmse_cm < f.persistence_rmse_cm, `${f.ward}: held-out RMSE ${f.holdout_rmse_cm} vs persistence ${f.persistence_rmse_cm}`);
    }
  });

  it('a downpour reported over gRPC raises the ward\'s flood risk, and the map and command windows receive it; other windows do not', async () => {
    const { sensors } = await callUnary(client, client.ListSensors, {});
    const gauge = sensors.find((s) => s.id === 'WL-NGUYENCHITHANH')!;
    const now = Date.now();
    const at = (minAgo: number) => String(now - minAgo * 60_000 + 17_000);
    const levels = [2, 4, 7, 11, 15, 19, 24];
    const readings = levels.flatMap((v, i) => {
      const t = at((levels.length - 1 - i) * 5);
      return [
        { sensor_id: 'WL-NGUYENCHITHANH', time_ms: t, value: v, unit: 'cm' },
        { sensor_id: 'RG-LANG', time_ms: t, value: 85, unit: 'mm/h' },
      ];
    });
    const res = await callUnary(client, client.ReportReadings, { request_id: randomUUID(), readings });
    assert.equal(res.accepted, readings.length);

    const risk = await eventually(() => {
      for (const e of [...mapEvents].reverse()) {
        if (e.channel !== 'delta') continue;
        const r = e.payload.floodRisks?.find((f) => f.ward === gauge.ward && f.sensorId === 'WL-NGUYENCHITHANH' && f.currentCm === 24);
        if (r) return r;
      }
      return undefined;
    }, `a flood risk for ${gauge.ward} after the downpour`);
    assert.ok(risk.horizons[0].levelCm > 24, `30-minute forecast ${risk.horizons[0].levelCm} cm should be above today's 24 cm while it pours`);
    assert.ok(risk.probability >= 0.5, `probability ${risk.probability}`);
    assert.ok(['high', 'severe'].includes(risk.risk), risk.risk);

    const sensorSeen = mapEvents.some((e) => e.channel === 'delta' && e.payload.sensors?.some((s) => s.id === 'WL-NGUYENCHITHANH' && s.lastValue === 24 && s.level === 'warn'));
    assert.ok(sensorSeen, 'the map window got the gauge\'s latest reading');
    await eventually(() => commandEvents.some((e) => e.channel === 'delta' && e.payload.floodRisks?.some((f: WardFloodRisk) => f.ward === gauge.ward)), 'the command window gets flood risks');
    assert.ok(!incidentEvents.some((e) => e.channel === 'delta' && (e.payload.sensors || e.payload.floodRisks)), 'the incidents window is not sent sensors');
    // The console core keeps them for new windows (snapshot) and for offline restarts (cache).
    const snap = consoleCore.internals.bridgeService.snapshot('map');
    assert.equal(snap.floodRisks?.find((f) => f.ward === gauge.ward)?.currentCm, 24);
  });

  it('camera counts reported through ReportDetections become a congestion forecast per corridor', async () => {
    for (let i = 0; i < 6; i++) {
      const detections = Array.from({ length: 12 }, (_, k) => ({ cls: k % 3 ? 'motorbike' : 'vehicle', confidence: 0.9, box: { x: 0.05 * k, y: 0.5, w: 0.04, h: 0.05 } }));
      await callUnary(client, client.ReportDetections, { request_id: randomUUID(), batch: { camera_id: 'CAM-0001', frame_ms: String(Date.now()), detections } });
    }
    const corridor = await eventually(() => {
      for (const e of [...commandEvents].reverse()) {
        const c = e.channel === 'delta' ? e.payload.corridors?.find((x) => x.id === 'COR-CENTRE') : undefined;
        if (c) return c;
      }
      return undefined;
    }, 'a congestion forecast for the centre corridor', 15_000);
    assert.equal(corridor.currentVehicles, 12);
    assert.deepEqual(corridor.horizons.map((h) => h.minutes), [15, 30, 60]);
    assert.ok(corridor.horizons.every((h) => h.vehicles > 0 && ['free', 'moderate', 'heavy', 'jammed'].includes(h.level)));
  });
});

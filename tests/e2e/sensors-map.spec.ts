// Water and flooding / environment layers: ward flood-risk choropleth from the inference engine's
// forecasts, sensor points coloured by their readings, a sensor's side panel, the command view.
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { callUnary, inferenceClient } from '../../proto/clients';
import { expect, mapIdle, SHOTS, test } from './console-fixture';

const GAUGE = { id: 'WL-NGUYENCHITHANH', lat: 21.0213, lon: 105.8102 };
/** Central Hanoi, where the demo's gauges are. */
const CENTRE: [[number, number], [number, number]] = [[105.77, 20.96], [105.89, 21.06]];

/** A downpour reported over gRPC, as a telemetry gateway would: the gauge rises to 24 cm under 85 mm/h. */
async function downpour(address: string): Promise<void> {
  const client = inferenceClient(address);
  const now = Date.now();
  const levels = [2, 4, 7, 11, 15, 19, 24];
  const readings = levels.flatMap((v, i) => {
    const t = String(now - (levels.length - 1 - i) * 5 * 60_000 - 7_000);
    return [
      { sensor_id: GAUGE.id, time_ms: t, value: v, unit: 'cm' },
      { sensor_id: 'RG-LANG', time_ms: t, value: 85, unit: 'mm/h' },
    ];
  });
  await callUnary(client, client.ReportReadings, { request_id: randomUUID(), readings });
  client.close();
}

async function renderedRisks(page: Page): Promise<Record<string, string>> {
  await mapIdle(page);
  return page.evaluate(() => {
    const m = (window as any).__watchfloorMap;
    const out: Record<string, string> = {};
    for (const f of m.queryRenderedFeatures({ layers: ['flood-risk-fill'] })) out[f.properties.ward] = f.properties.risk;
    return out;
  });
}

test('the flood layer colours wards by forecast risk, and a downpour turns its ward high or severe', async ({ open, wf }) => {
  await downpour(wf.runtime.engineAddresses.inference);
  const map = await open('map');
  await expect(map.getByTestId('layer-floodRisk')).not.toHaveAttribute('data-count', '');
  await map.evaluate((b) => (window as any).__watchfloorMap.fitBounds(b, { padding: 10, duration: 0 }), CENTRE);
  const client = inferenceClient(wf.runtime.engineAddresses.inference);
  const ward = (await callUnary(client, client.ListSensors, {})).sensors.find((s) => s.id === GAUGE.id)!.ward;
  client.close();
  await expect.poll(async () => Object.keys(await renderedRisks(map)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
  const risks = await renderedRisks(map);
  expect(['high', 'severe'], JSON.stringify(risks)).toContain(risks[ward]);
  // Different risks get different colours on screen, not one flat fill.
  expect(new Set(Object.values(risks)).size).toBeGreaterThanOrEqual(2);
  const points = await map.evaluate(() => {
    const m = (window as any).__watchfloorMap;
    const count = (layer: string) => m.queryRenderedFeatures({ layers: [layer] }).length;
    return { water: count('sensors-water-level-circle'), rain: count('sensors-rain-circle'), pumps: count('sensors-pump-circle'), air: count('sensors-air-circle') };
  });
  expect(points.water).toBeGreaterThanOrEqual(12);
  expect(points.rain).toBeGreaterThanOrEqual(4);
  expect(points.pumps).toBeGreaterThanOrEqual(2);
  expect(points.air).toBeGreaterThanOrEqual(5);
  await map.screenshot({ path: path.join(SHOTS, 'map-flood-risk.png') });

  // Layers panel: the groups, live counts, and switching the environment layer off.
  await expect(map.getByTestId('layer-waterLevel')).toHaveAttribute('data-count', '14');
  await expect(map.getByTestId('layer-airQuality')).toHaveAttribute('data-count', '8');
  await map.getByTestId('layer-toggle-airQuality').uncheck();
  await expect.poll(() => map.evaluate(() => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: ['sensors-air-circle'] }).length)).toBe(0);
  await map.getByTestId('layer-toggle-airQuality').check();
});

test('clicking a water-level gauge opens its panel with the reading, trend and its ward\'s forecast', async ({ open, wf }) => {
  await downpour(wf.runtime.engineAddresses.inference);
  const map = await open('map');
  await mapIdle(map);
  await map.evaluate((g) => (window as any).__watchfloorMap.jumpTo({ center: [g.lon, g.lat], zoom: 14.5 }), GAUGE);
  await mapIdle(map);
  const at = await map.evaluate((g) => (window as any).__watchfloorMap.project([g.lon, g.lat]), GAUGE);
  const box = (await map.getByTestId('map').boundingBox())!;
  await map.mouse.click(box.x + at.x, box.y + at.y);
  const card = map.getByTestId('sensor-card');
  await expect(card).toHaveAttribute('data-id', GAUGE.id);
  await expect(map.getByTestId('sensor-value')).toContainText('cm');
  await expect(map.getByTestId('sensor-trend')).toBeVisible();
  expect(Number(await map.getByTestId('sensor-trend').getAttribute('data-points'))).toBeGreaterThan(5);
  const forecast = map.getByTestId('sensor-forecast');
  await expect(forecast).toBeVisible();
  expect(['high', 'severe']).toContain(await forecast.getAttribute('data-risk'));
  await expect(forecast.locator('tbody tr')).toHaveCount(3);
  await mapIdle(map);
  await map.screenshot({ path: path.join(SHOTS, 'map-sensor-panel.png') });
});

test('the command view lists the wards most at risk and the corridor congestion forecast', async ({ open, wf }) => {
  await downpour(wf.runtime.engineAddresses.inference);
  const client = inferenceClient(wf.runtime.engineAddresses.inference);
  for (const cam of ['CAM-0001', 'CAM-0002', 'CAM-0017', 'CAM-0003', 'CAM-0004']) {
    for (let i = 0; i < 4; i++) {
      const detections = Array.from({ length: 9 }, (_, k) => ({ cls: k % 2 ? 'motorbike' : 'vehicle', confidence: 0.9, box: { x: 0.08 * k, y: 0.5, w: 0.05, h: 0.05 } }));
      await callUnary(client, client.ReportDetections, { request_id: randomUUID(), batch: { camera_id: cam, frame_ms: String(Date.now()), detections } });
    }
  }
  client.close();
  const cmd = await open('command');
  const rows = cmd.getByTestId('flood-ward-row');
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  expect(['high', 'severe']).toContain(await rows.first().getAttribute('data-risk'));
  await expect(cmd.getByTestId('corridor-row').first()).toBeVisible({ timeout: 20_000 });
  await expect(cmd.getByTestId('corridor-forecasts')).toContainText('Trung tâm');
  await cmd.screenshot({ path: path.join(SHOTS, 'command-forecasts.png'), fullPage: true });
});

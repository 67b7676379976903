import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, mapIdle, SHOTS, test } from './console-fixture';
import { PNG } from './png';

type Bridge = { call(w: string, m: string, a: unknown): Promise<unknown> };
const bridgeOf = (wf: unknown) => (wf as { runtime: { bridge: Bridge } }).runtime.bridge;

/** A quiet spot in Long Biên: no demo incidents, so what the test sees is what it created. */
const SPOT = { lat: 21.0452, lon: 105.8893 };

test('3D shows incidents as beacons coloured by priority and units as markers', async ({ open, wf }) => {
  const map = await open('map');
  await bridgeOf(wf).call('e2e', 'createIncident', { type: 'fire', priority: 1, location: SPOT, description: 'Cháy kho (3D)' });
  await mapIdle(map);
  await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.jumpTo({ center: [lon, lat], zoom: 14 }), [SPOT.lon, SPOT.lat]);
  await mapIdle(map);
  await map.getByTestId('map-3d').click();
  await map.waitForFunction(() => (window as any).__watchfloorMap.getPitch() > 50, null, { timeout: 30_000 });
  const counts = map.getByTestId('markers-3d');
  await expect(counts).toBeVisible();
  await expect.poll(async () => Number(await counts.getAttribute('data-beacons'))).toBeGreaterThan(0);
  await expect.poll(async () => Number(await counts.getAttribute('data-units'))).toBeGreaterThan(0);
  await mapIdle(map);
  // The P1 beacon rises above its incident: well above the incident's ground point the pixels are red.
  const at = await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.project([lon, lat]), [SPOT.lon, SPOT.lat]);
  const box = (await map.getByTestId('map').boundingBox())!;
  const shot = await map.screenshot({ path: path.join(SHOTS, 'map-3d-beacons.png') });
  const dpr = await map.evaluate(() => window.devicePixelRatio);
  const sample = (dy: number) => PNG.pixel(shot, Math.round((box.x + at.x) * dpr), Math.round((box.y + at.y - dy) * dpr));
  const reds = [40, 55, 70].map(sample).filter((p) => p.r > 180 && p.g < 110 && p.b < 110);
  expect(reds.length, `pixels above the incident: ${JSON.stringify([40, 55, 70].map(sample))}`).toBeGreaterThan(0);
  // Back to 2D: the 3D layer is gone and the pixel above the incident is map again.
  await map.getByTestId('map-3d').click();
  await map.waitForFunction(() => (window as any).__watchfloorMap.getPitch() < 1, null, { timeout: 30_000 });
  await expect(counts).toHaveCount(0);
  expect(await map.evaluate(() => !!(window as any).__watchfloorMap.getLayer('markers-3d'))).toBe(false);
});

test('a box drawn with Shift+drag lists what is inside it, and a click selects it everywhere', async ({ open, wf }) => {
  const incidents = await open('incidents');
  const inside = (await bridgeOf(wf).call('e2e', 'createIncident', { type: 'flooding', priority: 2, location: SPOT, description: 'Ngập (vùng chọn)' })) as { ok: boolean; value?: { record?: { id: string } } };
  const outside = { lat: SPOT.lat + 0.03, lon: SPOT.lon + 0.03 };
  const far = (await bridgeOf(wf).call('e2e', 'createIncident', { type: 'flooding', priority: 2, location: outside, description: 'Ngập (ngoài vùng)' })) as { ok: boolean; value?: { record?: { id: string } } };
  const map = await open('map');
  await mapIdle(map);
  await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.jumpTo({ center: [lon, lat], zoom: 15 }), [SPOT.lon, SPOT.lat]);
  await mapIdle(map);
  const box = (await map.getByTestId('map').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await map.keyboard.down('Shift');
  await map.mouse.move(cx - 120, cy - 90);
  await map.mouse.down();
  await map.mouse.move(cx, cy, { steps: 4 });
  await expect(map.getByTestId('map-drag-box')).toBeVisible();
  await map.mouse.move(cx + 120, cy + 90, { steps: 4 });
  await map.mouse.up();
  await map.keyboard.up('Shift');
  const card = map.getByTestId('area-card');
  await expect(card).toBeVisible();
  const ids = await card.getByTestId('area-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const created = inside.value?.record?.id;
  expect(created, JSON.stringify(inside)).toBeTruthy();
  expect(ids).toContain(created);
  expect(Number(await card.getAttribute('data-incidents'))).toBeGreaterThanOrEqual(1);
  // The far incident (4 km away) is not listed.
  expect(far.value?.record?.id).toBeTruthy();
  expect(ids).not.toContain(far.value?.record?.id);
  // The area stays outlined on the ground.
  await mapIdle(map);
  expect(await map.evaluate(() => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: ['area-select-line'] }).length)).toBeGreaterThan(0);
  await map.screenshot({ path: path.join(SHOTS, 'map-area-select.png') });
  await card.locator(`[data-testid="area-item"][data-id="${created}"]`).click();
  await expect(map.getByTestId('map-selected')).toHaveAttribute('data-id', created!);
  await expect(incidents.getByTestId('incident-detail')).toContainText(created!);
  await map.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('at street zoom each camera shows its field of view as a wedge', async ({ open, wf }) => {
  const st = (wf as unknown as { runtime: { internals: { state: { cameras: Map<string, { id: string; fovDeg: number; location: { lat: number; lon: number } }> } } } }).runtime.internals.state;
  const map = await open('map');
  await expect.poll(() => st.cameras.size).toBeGreaterThan(0);
  const cam = [...st.cameras.values()].find((c) => c.fovDeg > 0)!;
  await mapIdle(map);
  await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.jumpTo({ center: [lon, lat], zoom: 17.5 }), [cam.location.lon, cam.location.lat]);
  await mapIdle(map);
  await map.waitForFunction((id) => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: ['camera-fov-fill'] }).some((f: any) => f.properties.id === id), cam.id, { timeout: 30_000 });
  await map.screenshot({ path: path.join(SHOTS, 'map-camera-fov.png') });
  // Zoomed out to the city, no wedge is drawn.
  await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ zoom: 12 }));
  await mapIdle(map);
  expect(await map.evaluate(() => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: ['camera-fov-fill'] }).length)).toBe(0);
  expect(fs.existsSync(path.join(SHOTS, 'map-camera-fov.png'))).toBe(true);
});

test('a ward chosen on the map scopes the incidents and alerts lists until the operator lifts it', async ({ open, wf }) => {
  const incidents = await open('incidents');
  const alerts = await open('alerts');
  const map = await open('map');
  await bridgeOf(wf).call('e2e', 'createIncident', { type: 'flooding', priority: 3, location: SPOT, description: 'Ngập Long Biên (phạm vi)' });
  await bridgeOf(wf).call('e2e', 'createIncident', { type: 'flooding', priority: 3, location: { lat: 21.0285, lon: 105.8542 }, description: 'Ngập Hoàn Kiếm (phạm vi)' });
  const rows = incidents.locator('[row-id^="INC-"]');
  await expect(rows.filter({ hasText: 'Hoàn Kiếm' }).first()).toBeVisible();
  // Bad input at the bridge: an unknown ward is refused by name.
  const bad = (await bridgeOf(wf).call('e2e', 'setWardScope', { ward: 'Phường Không Có' })) as { ok: boolean; error?: { field?: string; message: string } };
  expect(bad.ok).toBe(false);
  expect(bad.error?.field).toBe('ward');
  expect(bad.error?.message).toContain('Phường Không Có');

  await map.getByTestId('map-search').fill('long bien');
  await map.locator('[data-testid="map-search-result"][data-kind="ward"]').first().click();
  await expect(map.getByTestId('ward-card')).toHaveAttribute('data-name', 'Long Biên');
  // The toggle follows the console's scope: it turns on when every window has been told.
  await map.getByTestId('ward-scope-toggle').click();
  await expect(map.getByTestId('ward-scope-toggle')).toBeChecked();

  await expect(incidents.getByTestId('ward-scope')).toHaveAttribute('data-ward', 'Long Biên');
  await expect(alerts.getByTestId('ward-scope')).toHaveAttribute('data-ward', 'Long Biên');
  await expect(rows.filter({ hasText: 'Hoàn Kiếm' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Long Biên' }).first()).toBeVisible();
  await incidents.screenshot({ path: path.join(SHOTS, 'incidents-ward-scope.png') });
  // Lifted from the incidents window: every window shows the city again.
  await incidents.getByTestId('ward-scope-clear').click();
  await expect(alerts.getByTestId('ward-scope')).toHaveCount(0);
  await expect(map.getByTestId('ward-scope-toggle')).not.toBeChecked();
  await expect(rows.filter({ hasText: 'Hoàn Kiếm' }).first()).toBeVisible();
});

test('the city boundary and bus routes import from ../shared and draw as their own layers', async ({ open, wf }) => {
  const HANOI = path.resolve(__dirname, '../../../shared/data/hanoi');
  const map = await open('map');
  for (const [layer, file] of [['boundary', 'hanoi_city_boundary_2025.geojson'], ['busRoutes', 'hanoi_bus_routes_osm_subset.geojson']] as const) {
    const text = fs.readFileSync(path.join(HANOI, file), 'utf8');
    const size = 150_000;
    const count = Math.ceil(text.length / size);
    let last: unknown;
    for (let i = 0; i < count; i++) {
      last = await bridgeOf(wf).call('e2e', 'importGeoJson', { layer, fileName: file, text: text.slice(i * size, (i + 1) * size), part: { uploadId: `e2e-${layer}`, index: i, count } });
    }
    expect((last as { value?: { state?: string } }).value?.state, JSON.stringify(last).slice(0, 400)).toBe('imported');
  }
  await expect(map.getByTestId('layer-boundary')).toHaveAttribute('data-count', '1');
  await expect(map.getByTestId('layer-busRoutes')).toHaveAttribute('data-count', '128');
  await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ center: [105.85, 21.03], zoom: 12 }));
  await mapIdle(map);
  // The sources take the new context on the next frame: poll what is drawn rather than racing it.
  const rendered = (layer: string) => () => map.evaluate((l) => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: [l] }).length, layer);
  await expect.poll(rendered('bus-routes-line'), { timeout: 20_000 }).toBeGreaterThan(0);
  await map.evaluate(() => (window as any).__watchfloorMap.fitBounds([[105.2854, 20.5643], [106.0201, 21.3854]], { padding: 20, duration: 0 }));
  await mapIdle(map);
  await expect.poll(rendered('city-boundary-line'), { timeout: 20_000 }).toBeGreaterThan(0);
  await map.screenshot({ path: path.join(SHOTS, 'map-boundary-bus-routes.png') });
  // Switched off in the layers panel, the routes vanish.
  await map.getByTestId('layer-toggle-busRoutes').uncheck();
  await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ center: [105.85, 21.03], zoom: 12 }));
  await mapIdle(map);
  await expect.poll(rendered('bus-routes-line')).toBe(0);
  await map.getByTestId('layer-toggle-busRoutes').check();
});

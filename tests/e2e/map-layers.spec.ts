import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { IMPORT_PART_CHARS } from '../../common/geodata/geo-layers';
import { expect, mapIdle, SHOTS, test } from './console-fixture';

const HANOI = path.resolve(__dirname, '../../../shared/data/hanoi');
const WARDS_FILE = path.join(HANOI, 'hanoi_wards_2025.geojson');
/** Bounds of the 126 wards (SOURCES.md). */
const CITY: [[number, number], [number, number]] = [[105.2854, 20.5643], [106.0201, 21.3854]];

type Wf = { runtime: { bridge: { call(w: string, m: string, a: unknown): Promise<unknown> }; internals: { cache: { db: { get<T>(sql: string, p?: unknown[]): Promise<T | undefined> } } } } };

/** Imports the shared wards straight through the bridge when an earlier test has not done it in the UI. */
async function ensureWards(wf: Wf): Promise<void> {
  const row = await wf.runtime.internals.cache.db.get<{ n: number }>("SELECT feature_count AS n FROM geo_layers WHERE layer = 'wards'");
  if (row?.n === 126) return;
  const text = fs.readFileSync(WARDS_FILE, 'utf8');
  const size = IMPORT_PART_CHARS;
  const count = Math.ceil(text.length / size);
  for (let i = 0; i < count; i++) {
    await wf.runtime.bridge.call('e2e', 'importGeoJson', { layer: 'wards', fileName: 'hanoi_wards_2025.geojson', text: text.slice(i * size, (i + 1) * size), part: { uploadId: 'e2e-wards', index: i, count } });
  }
}

async function renderedWardIds(page: Page): Promise<number> {
  await mapIdle(page);
  return page.evaluate(() => {
    const m = (window as any).__watchfloorMap;
    return new Set(m.queryRenderedFeatures({ layers: ['wards-fill'] }).map((f: any) => f.id)).size;
  });
}

async function showCity(page: Page): Promise<void> {
  await page.evaluate((b) => (window as any).__watchfloorMap.fitBounds(b, { padding: 20, duration: 0 }), CITY);
}

test('importing the 126 wards through the panel draws 126 ward polygons', async ({ open, wf }) => {
  const map = await open('map');
  await mapIdle(map);
  await map.getByTestId('geo-import-layer').selectOption('wards');
  await map.getByTestId('geo-import-file').setInputFiles(WARDS_FILE);
  await map.getByTestId('geo-import-submit').click();
  const result = map.getByTestId('geo-import-result');
  await expect(result).toHaveAttribute('data-state', 'imported', { timeout: 30_000 });
  await expect(result).toHaveAttribute('data-count', '126');
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-count', '126');

  await showCity(map);
  await expect.poll(() => renderedWardIds(map), { timeout: 30_000 }).toBe(126);
  await map.screenshot({ path: path.join(SHOTS, 'map-wards-imported.png') });

  // Snapshots for windows opened later carry the imported wards, and the cache holds them.
  const snap = (await wf.runtime.bridge.call('e2e', 'getSnapshot', {})) as { value: { mapContext: { wards: { name: string }[] } } };
  expect(snap.value.mapContext.wards.length).toBe(126);
  expect(snap.value.mapContext.wards.map((w) => w.name)).toContain('Hoàn Kiếm');
  const row = await (wf as unknown as Wf).runtime.internals.cache.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM geo_features WHERE layer = 'wards'");
  expect(row?.n).toBe(126);
});

test('switching a layer off removes its rendered features, and the choice survives a reload', async ({ open, wf }) => {
  await ensureWards(wf as unknown as Wf);
  const map = await open('map');
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-count', '126');
  await showCity(map);
  await expect.poll(() => renderedWardIds(map), { timeout: 30_000 }).toBe(126);

  await map.getByTestId('layer-toggle-wards').uncheck();
  await expect.poll(() => renderedWardIds(map), { timeout: 30_000 }).toBe(0);
  await map.screenshot({ path: path.join(SHOTS, 'map-wards-off.png') });
  await map.reload();
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-visible', 'false');
  await showCity(map);
  await expect.poll(() => renderedWardIds(map), { timeout: 30_000 }).toBe(0);
  await map.getByTestId('layer-toggle-wards').check();
  await expect.poll(() => renderedWardIds(map), { timeout: 30_000 }).toBe(126);

  // Layers without data say so instead of drawing nothing silently.
  await expect(map.getByTestId('layer-busStops')).toHaveAttribute('data-count', '');
  await expect(map.getByTestId('layer-busStops')).toContainText('chưa có dữ liệu');
});

test('searching "hoan kiem" lands on Hoàn Kiếm and shows the ward', async ({ open, wf }) => {
  await ensureWards(wf as unknown as Wf);
  const map = await open('map');
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-count', '126');
  await map.getByTestId('map-search').fill('hoan kiem');
  const first = map.getByTestId('map-search-result').first();
  await expect(first).toHaveAttribute('data-kind', 'ward');
  await expect(first).toHaveAttribute('data-id', 'Hoàn Kiếm');
  await first.click();
  await expect(map.getByTestId('ward-card')).toHaveAttribute('data-name', 'Hoàn Kiếm');
  await mapIdle(map);
  const at = await map.evaluate(() => {
    const m = (window as any).__watchfloorMap;
    const c = m.getCenter();
    const here = m.queryRenderedFeatures(m.project(c), { layers: ['wards-fill'] })[0];
    return { name: here?.properties?.name, zoom: m.getZoom(), outlined: m.queryRenderedFeatures({ layers: ['ward-selected-line'] }).length };
  });
  expect(at.name).toBe('Hoàn Kiếm');
  expect(at.zoom).toBeGreaterThan(13);
  expect(at.outlined).toBeGreaterThan(0);
  await map.screenshot({ path: path.join(SHOTS, 'map-search-hoan-kiem.png') });
});

test('a broken GeoJSON gets specific errors per feature and leaves the wards untouched', async ({ open, wf }) => {
  await ensureWards(wf as unknown as Wf);
  const map = await open('map');
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-count', '126');
  const ring = [[105.8, 21.0], [105.81, 21.0], [105.81, 21.01], [105.8, 21.0]];
  const broken = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Tốt' }, geometry: { type: 'Polygon', coordinates: [ring] } },
      { type: 'Feature', properties: { name: 'Tọa độ hỏng' }, geometry: { type: 'Polygon', coordinates: [[[105.8, 21.0], ['105.81', 21.0], [105.81, 21.01], [105.8, 21.0]]] } },
      { type: 'Feature', properties: { name: 'Hở' }, geometry: { type: 'Polygon', coordinates: [[[105.8, 21.0], [105.81, 21.0], [105.81, 21.01], [105.805, 21.02]]] } },
      { type: 'Feature', properties: { name: 'Điểm' }, geometry: { type: 'Point', coordinates: [105.8, 21.0] } },
    ],
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-broken-')), 'broken-wards.geojson');
  fs.writeFileSync(file, JSON.stringify(broken));
  await map.getByTestId('geo-import-layer').selectOption('wards');
  await map.getByTestId('geo-import-file').setInputFiles(file);
  await map.getByTestId('geo-import-submit').click();
  const result = map.getByTestId('geo-import-result');
  await expect(result).toHaveAttribute('data-state', 'rejected');
  await expect(result).toHaveAttribute('data-errors', '3');
  const errors = map.getByTestId('geo-import-error');
  await expect(errors).toHaveCount(3);
  const listed = await errors.evaluateAll((els) => els.map((e) => [e.getAttribute('data-index'), e.getAttribute('data-reason'), e.textContent]));
  expect(listed.map(([i, r]) => [i, r])).toEqual([['1', 'bad_coordinates'], ['2', 'unclosed_ring'], ['3', 'wrong_geometry']]);
  expect(listed[0][2]).toContain('["105.81",21]');
  expect(listed[1][2]).toContain('not closed');
  expect(listed[2][2]).toContain('"Point"');
  await map.getByTestId('geo-import-result').screenshot({ path: path.join(SHOTS, 'map-import-errors.png') });

  // Not JSON at all: one file-level error.
  fs.writeFileSync(file, '{"type": "FeatureCollection", "features": [');
  await map.getByTestId('geo-import-file').setInputFiles(file);
  await map.getByTestId('geo-import-submit').click();
  await expect(map.getByTestId('geo-import-error').first()).toHaveAttribute('data-reason', 'json');

  const row = await (wf as unknown as Wf).runtime.internals.cache.db.get<{ n: number; file: string }>(
    "SELECT (SELECT COUNT(*) FROM geo_features WHERE layer = 'wards') AS n, (SELECT file_name FROM geo_layers WHERE layer = 'wards') AS file",
  );
  expect(row).toEqual({ n: 126, file: 'hanoi_wards_2025.geojson' });
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-count', '126');
});

test('clicking a camera opens its live panel and hovering names it', async ({ open, wf }) => {
  const map = await open('map');
  await mapIdle(map);
  // City-wide, cameras are drawn as clusters; a click on one zooms in until they split.
  const clusters = () => map.evaluate(() => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: ['cameras-clusters'] }).length);
  await expect.poll(clusters, { timeout: 30_000 }).toBeGreaterThan(0);
  // A camera with no incident or unit drawn over it (other specs create incidents at camera corners).
  const st = wf.runtime.internals.state;
  const others = [...[...st.incidents.values()].map((i) => i.location), ...[...st.units.values()].map((u) => u.position)];
  const clear = (p: { lat: number; lon: number }) => others.every((o) => Math.hypot(o.lat - p.lat, (o.lon - p.lon) * 0.93) > 0.0015);
  const { id, name, location } = [...st.cameras.values()].find((c) => clear(c.location))!;
  await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.jumpTo({ center: [lon, lat], zoom: 15 }), [location.lon, location.lat]);
  await mapIdle(map);
  await map.waitForFunction((camId) => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: ['cameras-circle'] }).some((f: any) => f.properties.id === camId), id);
  const box = (await map.getByTestId('map').boundingBox())!;
  await map.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(map.getByTestId('map-tooltip')).toContainText(name);
  await map.getByTestId('map').click({ position: { x: box.width / 2, y: box.height / 2 } });
  const card = map.getByTestId('camera-card');
  await expect(card).toHaveAttribute('data-id', id);
  await expect(card).toContainText(name);
  await map.screenshot({ path: path.join(SHOTS, 'map-camera-card.png') });
});

test('3D tilts the map smoothly and raises wards by their open incidents', async ({ open, wf }) => {
  await ensureWards(wf as unknown as Wf);
  for (const p of [1, 2]) {
    await wf.runtime.bridge.call('e2e', 'createIncident', { type: 'fire', priority: p, location: { lat: 21.0287, lon: 105.8523 }, description: 'Cháy phố cổ' });
  }
  const map = await open('map');
  await expect(map.getByTestId('layer-wards')).toHaveAttribute('data-count', '126');
  await mapIdle(map);
  await map.getByTestId('map-3d').click();
  await expect(map.getByTestId('map-3d')).toHaveAttribute('aria-pressed', 'true');
  // The switch eases over a second: partway through, the map is between 2D and 3D.
  await map.waitForFunction(() => (window as any).__watchfloorMap.getPitch() > 50, null, { timeout: 30_000 });
  await mapIdle(map);
  // Hoàn Kiếm is raised by its open incidents.
  const raised = await map.evaluate(() => {
    const m = (window as any).__watchfloorMap;
    const hk = m.querySourceFeatures('ward-areas').find((f: any) => f.properties.name === 'Hoàn Kiếm');
    return m.getFeatureState({ source: 'ward-areas', id: hk.id }).open;
  });
  expect(raised).toBeGreaterThanOrEqual(2);
  await map.screenshot({ path: path.join(SHOTS, 'map-3d.png') });
  await map.getByTestId('map-3d').click();
  await map.waitForFunction(() => (window as any).__watchfloorMap.getPitch() < 1, null, { timeout: 30_000 });
});
